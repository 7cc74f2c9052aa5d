import type { SiteConfig, Taxonomy } from "../config/site-config.ts";
import type { Dictionary } from "../i18n/dictionary.ts";
import type { Release } from "../model/release.ts";
import type { TermLink } from "../site/newsroom.ts";
import type { TaxonomyEntry, TermEntry, TypeEntry } from "../site/site-model.ts";
import { feedPathForTerm, feedPathForType, siteAtomFeedPath, siteJsonFeedPath, taxonomyPath } from "../urls/site-urls.ts";
import { absolutizeHtml } from "./absolute-urls.ts";
import { renderAtomFeed } from "./atom-feed.ts";
import type { FeedEntry, FeedInfo } from "./feed-model.ts";
import { renderJsonFeed } from "./json-feed.ts";

/** Entries per feed: the newsroom's, each term's and each type's latest releases. */
export const feedSize = 50;

/** What the feeds read from the Newsroom (a structural slice, so unit tests can pass a stub). */
export interface FeedSite {
  readonly config: SiteConfig;
  /** Feed titles and descriptions are made of interface strings too (lib/i18n). */
  readonly text: Dictionary;
  /** Newest first. */
  readonly releases: readonly Release[];
  readonly buildTime: { toISO(): string | null };
  readonly taxonomyEntries: readonly TaxonomyEntry[];
  readonly typeEntries: readonly TypeEntry[];
  absoluteUrl(path: string): string;
  /** A file every language shares (the logo), under the site's own prefix. */
  absoluteAssetUrl(path: string): string;
  bodyHtml(release: Release): string;
  termLinks(release: Release, taxonomy: Taxonomy): readonly TermLink[];
  typePlural(key: string): string;
  /** The releases' documents, once the build has planned them (lib/media). */
  readonly media?: { documents(release: Release): readonly { readonly title: string; readonly href: string; readonly mime: string; readonly bytes: number }[] } | undefined;
}

/** One feed file the build writes. */
export interface FeedFile {
  /** Output path without the prefix. */
  readonly path: string;
  readonly format: "atom" | "json";
  /** Output path of the page the feed follows. */
  readonly pagePath: string;
  readonly title: string;
  readonly description: string;
  /** Newest first; all of them, cut to `feedSize` when written. */
  readonly releases: readonly Release[];
}

/** A `<link rel="alternate">` for a page's head (layouts/page-shell.ts FeedLink). */
export interface FeedLinkMeta {
  readonly title: string;
  readonly path: string;
  readonly type: "application/atom+xml" | "application/feed+json";
}

export function siteFeedLinks(site: Pick<FeedSite, "config" | "text">): FeedLinkMeta[] {
  return [
    { title: site.text.atomFeedLink(site.config.title), path: siteAtomFeedPath, type: "application/atom+xml" },
    { title: site.text.jsonFeedLink(site.config.title), path: siteJsonFeedPath, type: "application/feed+json" },
  ];
}

export function termFeedLink(site: Pick<FeedSite, "text">, taxonomy: TaxonomyEntry, term: TermEntry): FeedLinkMeta {
  return { title: site.text.termFeedLink(term.label, taxonomy.taxonomy.label), path: feedPathForTerm(taxonomy.taxonomy.slug, term.slug), type: "application/atom+xml" };
}

export function typeFeedLink(site: Pick<FeedSite, "typePlural" | "text">, type: TypeEntry): FeedLinkMeta {
  return { title: site.text.typeFeedLink(site.typePlural(type.type.key)), path: feedPathForType(type.type.key), type: "application/atom+xml" };
}

/** Every feed file: the newsroom's Atom and JSON Feed, and an Atom feed per term and type that has a page. */
export function siteFeedFiles(site: FeedSite): FeedFile[] {
  const { config, text } = site;
  const whole = { pagePath: "/", title: config.title, description: config.description, releases: site.releases };
  return [
    { ...whole, path: siteAtomFeedPath, format: "atom" },
    { ...whole, path: siteJsonFeedPath, format: "json" },
    ...site.taxonomyEntries.flatMap((taxonomy) =>
      taxonomy.terms
        .filter((term) => term.releases.length > 0)
        .map((term): FeedFile => ({
          path: feedPathForTerm(taxonomy.taxonomy.slug, term.slug),
          format: "atom",
          pagePath: term.path,
          title: `${text.termFeedTitle(term.label, taxonomy.taxonomy.label)} | ${config.title}`,
          description: text.termFeedDescription(config.publisher, term.label),
          releases: term.releases,
        })),
    ),
    ...site.typeEntries
      .filter((type) => type.releases.length > 0)
      .map((type): FeedFile => ({
        path: feedPathForType(type.type.key),
        format: "atom",
        pagePath: type.path,
        title: `${site.typePlural(type.type.key)} | ${config.title}`,
        description: text.typeFeedDescription(config.publisher, site.typePlural(type.type.key)),
        releases: type.releases,
      })),
  ];
}

/** The feed file's text. Entries are built once per release and build, however many feeds carry them. */
export function renderFeedFile(site: FeedSite, file: FeedFile): string {
  const { config } = site;
  const info: FeedInfo = {
    title: file.title,
    description: file.description,
    feedUrl: site.absoluteUrl(file.path),
    homeUrl: site.absoluteUrl(file.pagePath),
    language: config.language,
    author: { name: config.publisher, url: site.absoluteUrl("/") },
    logo: config.image ? site.absoluteAssetUrl(config.image) : undefined,
    emptyUpdated: site.buildTime.toISO() ?? new Date(0).toISOString(),
  };
  const entries = file.releases.slice(0, feedSize).map((release) => feedEntry(site, release));
  return file.format === "atom" ? renderAtomFeed(info, entries) : renderJsonFeed(info, entries);
}

const entryCache = new WeakMap<FeedSite, Map<string, FeedEntry>>();

export function feedEntry(site: FeedSite, release: Release): FeedEntry {
  let entries = entryCache.get(site);
  if (!entries) entryCache.set(site, (entries = new Map()));
  let entry = entries.get(release.url);
  if (!entry) {
    const url = site.absoluteUrl(release.url);
    entry = {
      url,
      title: release.title,
      summary: release.summary,
      contentHtml: absolutizeHtml(site.bodyHtml(release), url),
      published: release.date,
      updated: release.updated ?? release.date,
      categories: site.config.taxonomies.flatMap((taxonomy) => {
        const scheme = site.absoluteUrl(taxonomyPath(taxonomy.slug));
        return site.termLinks(release, taxonomy).map((link) => ({ label: link.label, scheme }));
      }),
      enclosures: (site.media?.documents(release) ?? []).map((document) => ({ url: site.config.baseUrl + document.href, title: document.title, mime: document.mime, bytes: document.bytes })),
    };
    entries.set(release.url, entry);
  }
  return entry;
}
