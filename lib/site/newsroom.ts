import type { MarkdownIt } from "markdown-it";
import { DateTime } from "luxon";
import type { ReleaseType, SiteConfig, Taxonomy } from "../config/site-config.ts";
import { formatHumanDate, formatHumanDateTime, formatMonthName } from "../dates/release-date.ts";
import { formatReleaseDate } from "../dates/release-page-date.ts";
import type { Dictionary } from "../i18n/dictionary.ts";
import { dictionaryFor } from "../i18n/dictionaries.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { Release } from "../model/release.ts";
import { assignShards, type ShardPlan } from "../search/search-shards.ts";
import { absoluteUrl, href, monthPath, newsSitemapPath, sitemapPath, yearPath } from "../urls/site-urls.ts";
import { allNewsCrumb, homeCrumb, type Crumb } from "../structured-data/breadcrumb-list.ts";
import { visibilityOf, type BuildMode, type Visibility } from "../visibility/release-state.ts";
import type { Redirect } from "../redirects/redirect.ts";
import type { SiteMedia } from "../media/site-media.ts";
import type { BodyEnv } from "../markdown/release-files.ts";
import { declaredRedirects } from "../redirects/site-redirects.ts";
import { BrowseModel } from "./browse-model.ts";
import type { LanguageLinks, PageVersion } from "../languages/language-links.ts";
import type { ListPage, NewsEntry, TaxonomyEntry, TypeEntry, YearEntry } from "./site-model.ts";

export type { BuildMode } from "../visibility/release-state.ts";

export interface TermLink {
  readonly label: string;
  /** Output path without the prefix; none when the term has no page in this build. */
  readonly path?: string;
}

/**
 * Everything the templates read, computed once per build. A class instance on
 * purpose: Eleventy deep-copies plain objects in its data cascade but passes class
 * instances by reference, and at 10,000+ releases that copy is what a build cannot afford.
 */
/** The most pages of a search shard in the preview (see Newsroom.searchShardSize). */
export const previewShardSize = 500;

export class Newsroom {
  readonly md: MarkdownIt;
  readonly buildTime: DateTime;
  /** Every interface string, in the site's language (lib/i18n, issue #14). */
  readonly text: Dictionary;
  private lastBody: { readonly url: string; readonly html: string } | undefined;
  private readonly typesByKey: ReadonlyMap<string, ReleaseType>;

  /** The build time in milliseconds, as the visibility rule compares it. */
  private readonly now: number;
  /** The releases this build lists (the visibility rule's `listed`), newest first: lists, counts, feeds, related. */
  readonly releases: readonly Release[];
  /** The releases whose page this build writes (`page`): the listed ones and withdrawn ones, newest first. */
  readonly pages: readonly Release[];

  constructor(
    readonly config: SiteConfig,
    /** Every valid release, newest first; the visibility rule decides which are shown. */
    private readonly all: readonly Release[],
    readonly mode: BuildMode,
    buildTime: DateTime = DateTime.now(),
    /** On a multilingual site, this language's links to the others (lib/languages); else undefined. */
    readonly languageLinks?: LanguageLinks,
  ) {
    this.text = dictionaryFor(config.language);
    this.md = createMarkdown({ ...config.markdown, pathPrefix: config.pathPrefix, tableLabel: this.text.table });
    this.buildTime = buildTime.setZone(config.timeZone);
    this.now = this.buildTime.toMillis();
    this.pages = all.filter((release) => visibilityOf(release, this.now, mode).page);
    this.releases = this.pages.filter((release) => visibilityOf(release, this.now, mode).listed);
    this.typesByKey = new Map(config.releaseTypes.map((t) => [t.key, t]));
  }

  /**
   * Pages an incremental build renders (lib/build/incremental); the others it takes from
   * the previous build. Unset, every page is rendered.
   */
  private renderPlan?: ReadonlySet<string>;

  /** Renders only these output paths of the paginated outputs (release and list pages, feeds). */
  renderOnly(outputs: ReadonlySet<string>): void {
    this.renderPlan = outputs;
  }

  /** Whether this build renders the output at `path` (one of the paginated outputs). */
  renders(path: string): boolean {
    return this.renderPlan?.has(path) ?? true;
  }

  /** The release pages Eleventy renders in this build. */
  get renderedPages(): readonly Release[] {
    return this.renderPlan ? this.pages.filter((release) => this.renders(release.url)) : this.pages;
  }

  /** The list and index pages Eleventy renders in this build. */
  get renderedListPages(): readonly ListPage[] {
    return this.renderPlan ? this.listPages.filter((page) => this.renders(page.path)) : this.listPages;
  }

  /** What this build may do with a release (lib/visibility): the one rule every output asks. */
  visibility(release: Release): Visibility {
    return visibilityOf(release, this.now, this.mode);
  }

  href(path: string): string {
    return href(this.config, path);
  }

  /**
   * A file every language shares (stylesheets, scripts, image renditions, the media
   * folder), under the site's own prefix rather than a language's folder.
   */
  assetHref(path: string): string {
    return this.languageLinks ? href({ pathPrefix: this.languageLinks.rootPrefix }, path) : href(this.config, path);
  }

  /** Whether this build writes the files the site has once (robots.txt, _headers, the 404 page): the default language's does. */
  get writesSiteFiles(): boolean {
    return this.languageLinks?.language.isDefault ?? true;
  }

  /** The absolute URL of a file every language shares (an image, the logo). */
  absoluteAssetUrl(path: string): string {
    return /^[a-z]+:/i.test(path) ? path : this.config.baseUrl + this.assetHref(path);
  }

  /** The versions of the page at `path` in the site's languages (hreflang); none on a single-language site. */
  languageVersions(path: string): readonly PageVersion[] {
    return this.languageLinks?.versionsOf(path) ?? [];
  }

  /**
   * `hreflang` alternates of the page at `path`: every language version, itself included,
   * and `x-default`; what the page's `<link rel="alternate">` tags and the sitemap say alike.
   */
  hreflangAlternates(path: string): readonly { readonly hreflang: string; readonly href: string }[] {
    const versions = this.languageVersions(path);
    if (versions.length === 0) return [];
    const fallback = this.languageLinks?.defaultVersionOf(path);
    return [...versions.map((v) => ({ hreflang: v.language.tag, href: v.url })), ...(fallback ? [{ hreflang: "x-default", href: fallback.url }] : [])];
  }

  /** The other languages' sitemaps, which the default language's robots.txt names. */
  get otherLanguageSitemaps(): readonly string[] {
    const links = this.languageLinks;
    if (!links) return [];
    return links.languages.filter((l) => l.tag !== links.language.tag).flatMap((l) => [sitemapPath, newsSitemapPath].map((file) => links.absoluteUrlIn(l.tag, file)));
  }

  /** The term whose page (its newest) is at `path`, with the spelling it is shown in. */
  termAt(path: string): { readonly taxonomyKey: string; readonly spellings: readonly string[] } | undefined {
    this.termsByPath ??= new Map(this.taxonomyEntries.flatMap((entry) => entry.terms.map((term) => [term.path, { taxonomyKey: entry.taxonomy.key, spellings: [term.label] }] as const)));
    return this.termsByPath.get(path);
  }

  private termsByPath?: ReadonlyMap<string, { readonly taxonomyKey: string; readonly spellings: readonly string[] }>;

  /**
   * This language's page of a term known by its spellings in language `fromTag`, through
   * the taxonomy's `translations` in site.json; undefined when it has no page here.
   */
  translatedTermPath(taxonomyKey: string, spellings: readonly string[], fromTag: string): string | undefined {
    const taxonomy = this.config.taxonomies.find((t) => t.key === taxonomyKey);
    if (!taxonomy) return undefined;
    const own = fromTag === this.config.language
      ? spellings[0]
      : taxonomy.translations?.find((group) => group[fromTag] !== undefined && spellings.includes(group[fromTag]!))?.[this.config.language];
    return own === undefined ? undefined : this.browse.termIndex.termOf(taxonomyKey, own)?.path;
  }

  absoluteUrl(path: string): string {
    return absoluteUrl(this.config, path);
  }

  typeLabel(key: string): string {
    return this.typesByKey.get(key)?.label ?? key;
  }

  typePlural(key: string): string {
    const type = this.typesByKey.get(key);
    return type?.plural ?? type?.label ?? key;
  }

  humanDate(iso: string): string {
    return formatHumanDate(iso, this.config.timeZone, this.config.language);
  }

  /** "11 September 2015", or "11 September 2015, 14:30 CEST" when the date named a time. */
  releaseDate(iso: string, hasTime: boolean): string {
    return formatReleaseDate(iso, hasTime, this.config.timeZone, this.config.language);
  }

  /**
   * A release page's breadcrumb trail (issue #15), GOV.UK style: Home › All news › 2026 ›
   * March. A year or month that only unlisted releases fill (a withdrawn one) has no page,
   * so it is left out rather than linked to nothing.
   */
  releaseAncestors(release: Release): readonly Crumb[] {
    const month = monthPath(release.year, release.month);
    // Asked twice per release (its fingerprint and its page), and by month: one luxon call a month.
    let crumbs = this.ancestorsByMonth.get(month);
    if (!crumbs) {
      const year = yearPath(release.year);
      crumbs = [homeCrumb(this.text), allNewsCrumb(this.text)];
      if (this.hasListPage(year)) crumbs.push({ label: release.year, path: year });
      if (this.hasListPage(month)) {
        crumbs.push({ label: formatMonthName(Number(release.year), Number(release.month), this.config.timeZone, this.config.language), path: month });
      }
      this.ancestorsByMonth.set(month, crumbs);
    }
    return crumbs;
  }

  private readonly ancestorsByMonth = new Map<string, Crumb[]>();

  private listPagePaths?: ReadonlySet<string>;
  /** Whether this build writes the list page at `path`. */
  hasListPage(path: string): boolean {
    return (this.listPagePaths ??= new Set(this.listPages.map((page) => page.path))).has(path);
  }

  /** Whether the type's list page exists: a withdrawn release may be the only one of its type. */
  typeHasPage(key: string): boolean {
    return this.typeEntries.some((entry) => entry.type.key === key && entry.releases.length > 0);
  }

  humanDateTime(iso: string): string {
    return formatHumanDateTime(iso, this.config.timeZone, this.config.language);
  }

  /**
   * The rendered Markdown body. Only the last one is kept: a release page asks twice
   * (image, body), feeds keep their own entries, and keeping every body would hold
   * hundreds of MiB at 50,000 releases (benchmark issue).
   */
  bodyHtml(release: Release): string {
    if (this.lastBody?.url !== release.url) {
      const env: BodyEnv = { files: this.siteMedia?.bodyFiles(release) };
      this.lastBody = { url: release.url, html: this.md.render(release.body, env) };
    }
    return this.lastBody.html;
  }

  private siteMedia?: SiteMedia;

  /**
   * The releases' images and documents (lib/media), planned by the build or the preview
   * once the model exists: bodies render pictures and document links from it.
   */
  useMedia(media: SiteMedia): void {
    this.siteMedia = media;
    this.lastBody = undefined;
  }

  get media(): SiteMedia | undefined {
    return this.siteMedia;
  }

  /**
   * Term links of one taxonomy on a release: merged spellings shown as one term, in its
   * shown spelling. A term only unlisted releases use (a withdrawn one's own) has no page,
   * so it comes without a path and is shown as text.
   */
  termLinks(release: Release, taxonomy: Taxonomy): TermLink[] {
    const links = this.browse.termsOf(release, taxonomy).map((term): TermLink => ({ label: term.label, path: term.path }));
    if (this.visibility(release).listed) return links;
    for (const spelling of release.terms[taxonomy.key] ?? []) {
      if (!this.browse.termIndex.termOf(taxonomy.key, spelling) && !links.some((link) => link.label === spelling)) links.push({ label: spelling });
    }
    return links;
  }

  /**
   * Pages per search shard: site.json's, or in the preview (development mode) at most
   * `previewShardSize`. The preview's search is rebuilt in the background after each
   * edit, and an edit to an old release indexes its whole shard again: with site.json's
   * default that is every release before this year, up to 10,000 pages. Its readers are on
   * the same machine, so more shards cost them nothing worth counting.
   */
  get searchShardSize(): number {
    return this.mode === "development" ? Math.min(this.config.search.shardSize, previewShardSize) : this.config.search.shardSize;
  }

  /** The releases the search index holds: every one a production build publishes. */
  private indexedReleases?: { readonly shardByUrl: ReadonlyMap<string, number>; readonly plan: ShardPlan };
  private get indexed() {
    if (!this.indexedReleases) {
      const published = this.releases.filter((release) => this.visibility(release).indexed);
      const first = published[0];
      const newestMonth = first ? published.findIndex((release) => release.year !== first.year || release.month !== first.month) : 0;
      const assigned = assignShards(published.map((release) => release.year), this.searchShardSize, newestMonth === -1 ? published.length : newestMonth);
      this.indexedReleases = {
        shardByUrl: new Map(published.map((release, i) => [release.url, assigned.shards[i]!])),
        plan: assigned.plan,
      };
    }
    return this.indexedReleases;
  }

  /** How the search index splits into shards (lib/search/search-shards.ts). */
  get searchShards(): ShardPlan {
    return this.indexed.plan;
  }

  /** The search-index shard of the release page at `url` (no path prefix); undefined for any other page. */
  searchShardAt(url: string): number | undefined {
    return this.indexed.shardByUrl.get(url);
  }

  // Browse model (taxonomy issue): computed on first use, once per build; see browse-model.ts.
  private browseModel?: BrowseModel;
  private get browse(): BrowseModel {
    return (this.browseModel ??= new BrowseModel(this.config, this.releases));
  }

  /** Every taxonomy in config order, its terms alphabetical with their releases. */
  get taxonomyEntries(): readonly TaxonomyEntry[] {
    return this.browse.taxonomyEntries;
  }

  /** Every release type in config order with its releases. */
  get typeEntries(): readonly TypeEntry[] {
    return this.browse.typeEntries;
  }

  /** Years with releases, newest first, each with its months. */
  get yearEntries(): readonly YearEntry[] {
    return this.browse.yearEntries;
  }

  /** /news/: every release and the years. */
  get newsEntry(): NewsEntry {
    return this.browse.newsEntry;
  }

  /** Every list and index page written, pagination pages included (the sitemap reads this). */
  get listPages(): readonly ListPage[] {
    return this.browse.listPages;
  }

  /**
   * Every moved address this build answers: aliases of releases whose page it writes, and
   * site.json's redirects (lib/redirects). Never an alias of a draft or scheduled release,
   * which would name its URL before its time.
   */
  get redirects(): readonly Redirect[] {
    return (this.redirectList ??= this.answeredRedirects());
  }

  private redirectList?: readonly Redirect[];
  /** The other languages' moved addresses, which the default language's build answers (issue #14). */
  private otherLanguagesRedirects: readonly Redirect[] = [];

  /** Set by lib/languages on the default language's model: the moved addresses of the other languages' releases. */
  answerRedirectsOf(redirects: readonly Redirect[]): void {
    this.otherLanguagesRedirects = redirects;
    this.redirectList = undefined;
  }

  private answeredRedirects(): readonly Redirect[] {
    // Only the default language's build writes redirects, for every language.
    if (!this.writesSiteFiles) return [];
    const hiddenUrls = new Set(this.all.filter((release) => !this.visibility(release).page).map((release) => release.url));
    // A site.json redirect to a release not yet published would name its URL early.
    return [...declaredRedirects(this.pages, this.config, "site.json").filter((redirect) => !hiddenUrls.has(redirect.to)), ...this.otherLanguagesRedirects];
  }

  /** Up to five releases near it in time sharing the most terms with it (lib/related/related-releases.ts). */
  relatedReleases(release: Release): readonly Release[] {
    return this.browse.relatedReleases(release);
  }
}
