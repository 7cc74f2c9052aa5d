import type { SiteConfig } from "../config/site-config.ts";

/**
 * Every URL the site links to is built here, so the path prefix and the URL scheme
 * of the foundation issue live in one place. `path*` functions give output paths
 * without the prefix (what Eleventy writes), `href` adds the prefix (what pages link to).
 */
export function releasePath(year: string, month: string, slug: string): string {
  return `/news/${year}/${month}/${slug}/`;
}

export function termPath(taxonomySlug: string, termSlug: string): string {
  return `/${taxonomySlug}/${termSlug}/`;
}

export function taxonomyPath(taxonomySlug: string): string {
  return `/${taxonomySlug}/`;
}

export function typePath(typeKey: string): string {
  return `/types/${typeKey}/`;
}

/** The list of every release, and the parent of the year archives. */
export const newsPath = "/news/";

export function yearPath(year: string): string {
  return `/news/${year}/`;
}

export function monthPath(year: string, month: string): string {
  return `/news/${year}/${month}/`;
}

/** Parent of the type pages. */
export const typesIndexPath = "/types/";

/** The whole newsroom's feeds (latest releases). */
export const siteAtomFeedPath = "/feed.xml";
export const siteJsonFeedPath = "/feed.json";

/** Atom feed of one taxonomy term, next to the term page: /crime-areas/drug-trafficking/feed.xml. */
export function feedPathForTerm(taxonomySlug: string, termSlug: string): string {
  return `${termPath(taxonomySlug, termSlug)}feed.xml`;
}

/** Atom feed of one release type: /types/news/feed.xml. */
export function feedPathForType(typeKey: string): string {
  return `${typePath(typeKey)}feed.xml`;
}

/** Crawler files at the site root. */
export const sitemapPath = "/sitemap.xml";
export const newsSitemapPath = "/news-sitemap.xml";

/** The N-th sitemap file once the site needs a sitemap index. */
export function numberedSitemapPath(n: number): string {
  return `/sitemaps/sitemap-${n}.xml`;
}

/** Page 1 is the list's own URL; later pages live under `page/N/`. */
export function pagedPath(basePath: string, pageNumber: number): string {
  return pageNumber <= 1 ? basePath : `${basePath}page/${pageNumber}/`;
}

export function href(config: Pick<SiteConfig, "pathPrefix">, path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return config.pathPrefix.replace(/\/$/, "") + (path.startsWith("/") ? path : `/${path}`);
}

export function absoluteUrl(config: Pick<SiteConfig, "pathPrefix" | "baseUrl">, path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return config.baseUrl + href(config, path);
}
