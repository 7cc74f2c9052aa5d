import type { SiteConfig } from "../config/site-config.ts";
import { shardFolder } from "../search/search-shards.ts";

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

/** Pages and folders every build writes besides releases and lists. */
export const searchPath = "/search/";
export const notFoundPath = "/404.html";
export const robotsPath = "/robots.txt";
/** The numbered sitemaps of a large site (numberedSitemapPath). */
export const sitemapsFolder = "/sitemaps/";
/** public/assets/ and the search script: names that stay the same when the file changes. */
export const assetsFolder = "/assets/";
/** Styles for parts only some releases have (images, documents, tables, updates, withdrawn notice). */
export const releaseExtrasStylesheetPath = `${assetsFolder}release-extras.css`;

/** The folder of one search-index shard (lib/search/search-shards.ts): /pagefind/, /pagefind/shards/2/. */
export function searchIndexFolder(shard: number): string {
  return `/${shardFolder(shard)}/`;
}

/** Host configuration that Netlify and Cloudflare Pages read from the site root (lib/hosting). */
export const redirectsFilePath = "/_redirects";
export const headersFilePath = "/_headers";
/** The same redirects as an nginx `map` to include (docs/nginx.conf.example). */
export const nginxRedirectsFilePath = "/_redirects.nginx.conf";

/**
 * An older page of a list, counted from the oldest (lib/pagination/anchored-pages.ts);
 * the newest page is the list's own URL.
 */
export function olderPagePath(basePath: string, pageNumber: number): string {
  return `${basePath}page/${pageNumber}/`;
}

export function href(config: Pick<SiteConfig, "pathPrefix">, path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return config.pathPrefix.replace(/\/$/, "") + (path.startsWith("/") ? path : `/${path}`);
}

export function absoluteUrl(config: Pick<SiteConfig, "pathPrefix" | "baseUrl">, path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return config.baseUrl + href(config, path);
}

/**
 * A site path as a browser sends it, which is what hosts match redirect and header rules
 * against: what a URL cannot hold raw is percent-encoded the way the WHATWG URL parser
 * does it (a space as %20, é as %C3%A9), an escape already there is kept, and a query
 * or fragment stays.
 */
export function encodedPath(path: string): string {
  const url = new URL(path.replace(/^\/*/, "/"), "http://site.invalid");
  return url.pathname + url.search + url.hash;
}

/** Where a redirect sends a reader, as a link: another site's URL as it is, else the prefixed path. */
export function redirectTargetHref(config: Pick<SiteConfig, "pathPrefix">, to: string): string {
  return isAbsoluteHttpUrl(to) ? new URL(to).href : href(config, encodedPath(to));
}

/** Where a redirect sends a reader, as an absolute URL (the canonical link of a redirect page). */
export function redirectTargetUrl(config: Pick<SiteConfig, "pathPrefix" | "baseUrl">, to: string): string {
  return isAbsoluteHttpUrl(to) ? new URL(to).href : absoluteUrl(config, encodedPath(to));
}

/**
 * The file a redirect page is written to, so that a static host serves it at the old
 * path: /old.html and /old.htm as that file, any other path as its folder's index.html
 * (/media-press/news/old-title → /media-press/news/old-title/index.html; also
 * /item.aspx, since a host serves a file by its extension's type and would offer an
 * HTML file named item.aspx as a download).
 */
export function redirectPagePath(from: string): string {
  if (/\.html?$/i.test(from)) return from;
  return from.endsWith("/") ? `${from}index.html` : `${from}/index.html`;
}

function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Image renditions of releases, named by their content (lib/media). */
export const imagesFolder = "/img/";
/** The shared media folder (content/media/), published as it is for the files releases name. */
export const mediaFolder = "/media/";

/** The browser editor (Decap CMS, lib/cms): never linked from the site, disallowed to crawlers. */
export const adminFolder = "/admin/";
export const adminConfigPath = "/admin/config.yml";
/** The admin page's own script, after Decap's bundle (lib/cms/client/). */
export const adminScriptPath = "/admin/newsroom-cms.js";
