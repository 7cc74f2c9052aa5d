import type { SiteConfig } from "../config/site-config.ts";
import type { Release } from "../model/release.ts";
import type { Visibility } from "../visibility/release-state.ts";
import type { ListPage } from "../site/site-model.ts";
import { adminFolder, newsSitemapPath, numberedSitemapPath, searchPath, sitemapPath } from "../urls/site-urls.ts";
import { newsReleases, renderNewsSitemap } from "./news-sitemap.ts";
import { renderRobots } from "./robots.ts";
import { sitemapFiles, type SitemapFile, type SitemapUrl } from "./sitemap.ts";

/** What the sitemaps read from the Newsroom (a structural slice, so tests can pass a stub). */
export interface SitemapSite {
  readonly config: Pick<SiteConfig, "pageSize" | "publisher" | "language">;
  /** The releases whose page is written, newest first. */
  readonly pages: readonly Release[];
  /** The listed releases, newest first. */
  readonly releases: readonly Release[];
  readonly listPages: readonly ListPage[];
  readonly buildTime: { toMillis(): number };
  absoluteUrl(path: string): string;
  visibility(release: Release): Pick<Visibility, "crawled" | "newsSitemap">;
  /** The page's versions in the site's languages, for hreflang (none on a one-language site). */
  hreflangAlternates?(path: string): readonly { readonly hreflang: string; readonly href: string }[];
  /** The other languages' sitemaps and news sitemaps, for robots.txt (absolute URLs). */
  readonly otherLanguageSitemaps?: readonly string[];
}

/** Home, search, every list and index page (with their pagination) and every published release. */
export function sitemapUrls(site: SitemapSite): SitemapUrl[] {
  const alternates = (path: string) => {
    const found = site.hreflangAlternates?.(path) ?? [];
    return found.length > 0 ? { alternates: found } : {};
  };
  const url = (path: string, shown: readonly Release[]): SitemapUrl => ({ loc: site.absoluteUrl(path), lastmod: latestChange(shown), ...alternates(path) });
  const listed = site.releases.filter((r) => site.visibility(r).crawled);
  // A withdrawn release keeps its page, so crawlers keep it, with the notice they then see.
  const crawled = site.pages.filter((r) => site.visibility(r).crawled);
  return [
    url("/", listed.slice(0, site.config.pageSize)),
    // The search page shows no release of its own, so it has no meaningful lastmod.
    { loc: site.absoluteUrl(searchPath), ...alternates(searchPath) },
    ...site.listPages.map((page) => url(page.path, releasesShown(page))),
    ...crawled.map((release) => url(release.url, [release])),
  ];
}

/** An index page lists its terms or types with counts, which change with any of their releases. */
function releasesShown(page: ListPage): readonly Release[] {
  if (page.kind === "taxonomy") return page.taxonomy.terms.flatMap((term) => term.releases);
  if (page.kind === "types") return page.types.flatMap((type) => type.releases);
  return page.releases;
}

/**
 * The page's lastmod: the latest `updated` (or `date`) among the releases it shows,
 * written as the release wrote it (with its offset). Compared as instants.
 */
export function latestChange(releases: readonly Release[]): string | undefined {
  let latest: string | undefined;
  let latestTime = -Infinity;
  for (const release of releases) {
    const changed = release.updated ?? release.date;
    const time = release.updated ? Date.parse(release.updated) : release.timestamp;
    if (time > latestTime) {
      latest = changed;
      latestTime = time;
    }
  }
  return latest;
}

export function siteSitemapFiles(site: SitemapSite, limit?: number): SitemapFile[] {
  return sitemapFiles(sitemapUrls(site), {
    indexPath: sitemapPath,
    numberedPath: numberedSitemapPath,
    absoluteUrl: (path) => site.absoluteUrl(path),
    ...(limit ? { limit } : {}),
  });
}

export function siteNewsSitemap(site: SitemapSite): string {
  return renderNewsSitemap(
    newsReleases(site.releases, site.buildTime.toMillis()),
    { name: site.config.publisher, language: site.config.language },
    (path) => site.absoluteUrl(path),
  );
}

export function siteRobots(site: Pick<SitemapSite, "absoluteUrl" | "otherLanguageSitemaps">): string {
  // robots.txt names paths from the origin's root: the prefixed path of the editor.
  return renderRobots([site.absoluteUrl(sitemapPath), site.absoluteUrl(newsSitemapPath), ...(site.otherLanguageSitemaps ?? [])], [new URL(site.absoluteUrl(adminFolder)).pathname]);
}
