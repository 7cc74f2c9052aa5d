import path from "node:path";
import type { DateTime } from "luxon";
import type { LoadedContent } from "../content/load-content.ts";
import type { Release } from "../model/release.ts";
import { Newsroom, type BuildMode } from "../site/newsroom.ts";
import { searchPath } from "../urls/site-urls.ts";
import type { LanguageLinks, PageVersion } from "./language-links.ts";
import { languageConfig, siteLanguages, type SiteLanguage } from "./site-languages.ts";
import { TranslationIndex } from "./translations.ts";

/**
 * A multilingual site (issue #14): one Newsroom per language, each with its language's
 * releases, labels and URL folder, so every list, feed, sitemap and search index of a
 * language holds that language only; and the links between them (translations of a
 * release, the same list or term in another language). A single-language site is one
 * Newsroom without language links, exactly as before.
 */
export class MultilingualSite {
  readonly newsrooms: readonly Newsroom[];
  readonly translations: TranslationIndex;
  private readonly byTag = new Map<string, Newsroom>();

  constructor(content: LoadedContent, mode: BuildMode, buildTime: DateTime, releasesDir: string) {
    const languages = siteLanguages(content.config);
    this.translations = new TranslationIndex(content.releases, releasesDir);
    if (!content.config.languages?.length) {
      this.newsrooms = [new Newsroom(content.config, content.releases, mode, buildTime)];
      return;
    }
    this.newsrooms = languages.map((language) => {
      const newsroom = new Newsroom(
        languageConfig(content.config, language),
        content.releases.filter((release) => release.lang === language.tag),
        mode,
        buildTime,
        this.linksFor(language, languages, content.config.pathPrefix),
      );
      this.byTag.set(language.tag, newsroom);
      return newsroom;
    });
    // Old addresses are site-root paths: the default language answers every language's.
    this.primary.answerRedirectsOf(this.newsrooms.slice(1).flatMap((newsroom) => {
      const folder = `/${newsroom.languageLinks!.language.segment}`;
      return newsroom.pages.flatMap((release) => release.aliases.map((from) => ({ from, to: `${folder}${release.url}`, source: release.sourcePath })));
    }));
  }

  /** Every page path the site's languages write, with the language's folder, mapped to what writes it. */
  writtenPages(written: (newsroom: Newsroom) => ReadonlyMap<string, string>): Map<string, string> {
    const pages = new Map<string, string>();
    for (const newsroom of this.newsrooms) {
      const segment = newsroom.languageLinks?.language.segment;
      for (const [pagePath, source] of written(newsroom)) pages.set(segment ? `/${segment}${pagePath}` : pagePath, source);
    }
    return pages;
  }

  /** The default language's Newsroom: the site-wide files (robots.txt, _headers, 404) are its. */
  get primary(): Newsroom {
    return this.newsrooms[0]!;
  }

  private linksFor(language: SiteLanguage, languages: readonly SiteLanguage[], rootPrefix: string): LanguageLinks {
    const site = this;
    return {
      language,
      languages,
      rootPrefix,
      versionsOf(pagePath: string) {
        return site.versionsOf(language, pagePath);
      },
      originalVersionOf(pagePath: string) {
        return site.originalVersion(language, pagePath, site.versionsOf(language, pagePath));
      },
      hrefIn(tag: string, pagePath: string) {
        return site.byTag.get(tag)!.href(pagePath);
      },
      absoluteUrlIn(tag: string, pagePath: string) {
        return site.byTag.get(tag)!.absoluteUrl(pagePath);
      },
      siblings() {
        return languages.filter((other) => other.tag !== language.tag).map((other) => ({ language: other, searchShards: site.byTag.get(other.tag)!.searchShards.pages.length }));
      },
      defaultVersionOf(pagePath: string) {
        const versions = site.versionsOf(language, pagePath);
        return versions.find((v) => v.language.isDefault) ?? site.originalVersion(language, pagePath, versions) ?? versions[0];
      },
    };
  }

  private readonly releaseByUrl = new Map<string, Map<string, Release>>();

  private releaseAt(tag: string, pagePath: string): Release | undefined {
    let map = this.releaseByUrl.get(tag);
    if (!map) {
      map = new Map(this.byTag.get(tag)!.pages.map((release) => [release.url, release]));
      this.releaseByUrl.set(tag, map);
    }
    return map.get(pagePath);
  }

  private version(language: SiteLanguage, pagePath: string): PageVersion {
    const newsroom = this.byTag.get(language.tag)!;
    return { language, href: newsroom.href(pagePath), url: newsroom.absoluteUrl(pagePath) };
  }

  private readonly versions = new Map<string, readonly PageVersion[]>();

  /**
   * The page's versions in every language that has it, in the site's order of languages.
   * Asked several times per page (its head, switch, structured data, fingerprint,
   * sitemap entry): worked out once.
   */
  private versionsOf(language: SiteLanguage, pagePath: string): readonly PageVersion[] {
    const key = `${language.tag} ${pagePath}`;
    let found = this.versions.get(key);
    if (!found) this.versions.set(key, (found = this.findVersions(language, pagePath)));
    return found;
  }

  private findVersions(language: SiteLanguage, pagePath: string): readonly PageVersion[] {
    const here = this.byTag.get(language.tag)!;
    const release = this.releaseAt(language.tag, pagePath);
    let versions: PageVersion[];
    if (release) {
      if (!here.visibility(release).crawled) return [];
      const group = this.translations.groupOf(release);
      versions = here.languageLinks!.languages.flatMap((other) => {
        const member = group.find((r) => r.lang === other.tag);
        const newsroom = this.byTag.get(other.tag)!;
        return member && this.releaseAt(other.tag, member.url) === member && newsroom.visibility(member).crawled ? [this.version(other, member.url)] : [];
      });
    } else {
      const term = here.termAt(pagePath);
      versions = here.languageLinks!.languages.flatMap((other) => {
        const newsroom = this.byTag.get(other.tag)!;
        const otherPath = term ? newsroom.translatedTermPath(term.taxonomyKey, term.spellings, language.tag) : pagePath;
        if (otherPath === undefined) return [];
        const exists = otherPath === "/" || otherPath === searchPath || newsroom.hasListPage(otherPath);
        return exists ? [this.version(other, otherPath)] : [];
      });
    }
    return versions.length > 1 ? versions : [];
  }

  /** The version of the group's original (the release no translation_of names), when a release page. */
  originalVersion(language: SiteLanguage, pagePath: string, versions: readonly PageVersion[]): PageVersion | undefined {
    const release = this.releaseAt(language.tag, pagePath);
    if (!release) return undefined;
    const original = this.translations.groupOf(release).find((r) => r.translationOf === undefined);
    return original ? versions.find((v) => v.language.tag === original.lang) : undefined;
  }
}

/** The releases folder as release source paths spell it (relative to the working directory). */
export function releasesFolderOf(contentDir: string, root: string = process.cwd()): string {
  return path.relative(root, path.join(contentDir, "releases"));
}
