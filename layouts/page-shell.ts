import { brandStylesheetPath } from "../lib/branding/brand-stylesheet.ts";
import { html, jsonLd, type SafeHtml } from "../lib/html/html.ts";
import { directionOf } from "../lib/i18n/direction.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { pressOffice } from "./media-enquiries.ts";
import { languageAlternateLinks, languageSwitch } from "./language-switch.ts";

export interface FeedLink {
  readonly title: string;
  /** Output path without the prefix. */
  readonly path: string;
  readonly type?: "application/atom+xml" | "application/feed+json";
}

export interface PageMeta {
  /** Page title without the site name; the shell appends it. */
  readonly title: string;
  readonly description: string;
  /**
   * The description is also the search result's summary: Pagefind reads it from the
   * meta tag (`summary[content]`; metadata may sit outside data-pagefind-body), so a
   * release page does not carry the text a fifth time for the index (issue #15).
   */
  readonly descriptionIsSearchSummary?: boolean;
  /** Output path without the prefix; the canonical URL is built from it. */
  readonly path: string;
  readonly ogType?: "website" | "article";
  /** The page's own card image (a release's first body image); else the site's `image`. */
  readonly image?: string | undefined;
  /** Alt text of `image`; when empty (a decorative image) the page title stands in. */
  readonly imageAlt?: string | undefined;
  /** The card image's pixels when known (a lead image's 16:9 crop), so cards render before it loads. */
  readonly imageSize?: { readonly width: number; readonly height: number } | undefined;
  /**
   * Open Graph's article times. Not its `article:tag`s: no client we know of reads them,
   * and the same terms are the NewsArticle's `keywords` and the page's rel="tag" links
   * (issue #15: a tag each weighed on every release page).
   */
  readonly article?: { readonly published: string; readonly modified: string };
  readonly structuredData?: readonly unknown[];
  readonly feeds?: readonly FeedLink[];
  /** Pages such as the 404 page or drafts that search engines should not index. */
  readonly noindex?: boolean;
  /** Extra elements for <head>, e.g. pagination rel links. */
  readonly head?: SafeHtml;
  /** Stylesheets beyond site.css, e.g. /assets/browse.css on list pages. */
  readonly stylesheets?: readonly string[];
  /** Scripts the page needs; release pages need none. */
  readonly scripts?: readonly string[];
  /** Label of the current main navigation item. */
  readonly section?: string;
  /**
   * `false` leaves the search form out of the header: the search page has its own, and
   * two search boxes on one page is one too many (issue 15).
   */
  readonly headerSearch?: false;
}

/** The landmarks every page shares: skip link, header with navigation and search, main, footer. */
export function pageShell(site: Newsroom, meta: PageMeta, main: SafeHtml): string {
  const { config, text } = site;
  const fullTitle = meta.path === "/" ? config.title : `${meta.title} | ${config.title}`;
  const canonical = site.absoluteUrl(meta.path);
  const card = socialCard(site, meta);
  const nav: { label: string; path: string }[] = [
    { label: text.latestNews, path: "/news/" },
    ...config.taxonomies.map((t) => ({ label: t.label, path: `/${t.slug}/` })),
    { label: text.searchNav, path: "/search/" },
  ];
  return (
    "<!doctype html>\n" +
    html`<html lang="${config.language}"${htmlDirection(config.language)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}"${meta.descriptionIsSearchSummary ? html` data-pagefind-meta="summary[content]"` : ""}>
<link rel="canonical" href="${canonical}">
${languageAlternateLinks(site, meta.path)}${meta.noindex ? html`<meta name="robots" content="noindex">\n` : ""}<meta property="og:site_name" content="${config.title}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:type" content="${meta.ogType ?? "website"}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${config.language.replace("-", "_")}">
${card ? html`<meta property="og:image" content="${card.url}">
${meta.image && meta.imageSize ? html`<meta property="og:image:width" content="${meta.imageSize.width}">
<meta property="og:image:height" content="${meta.imageSize.height}">
` : ""}<meta property="og:image:alt" content="${card.alt}">` : ""}
<meta name="twitter:card" content="${card ? "summary_large_image" : "summary"}">
${card ? html`<meta name="twitter:image:alt" content="${card.alt}">\n` : ""}${meta.article
  ? html`<meta property="article:published_time" content="${meta.article.published}">
<meta property="article:modified_time" content="${meta.article.modified}">
`
  : ""}<link rel="stylesheet" href="${site.assetHref("/assets/site.css")}">
${config.brand?.colour ? html`<link rel="stylesheet" href="${site.assetHref(brandStylesheetPath)}">\n` : ""}${(meta.stylesheets ?? []).map((path) => html`<link rel="stylesheet" href="${site.assetHref(path)}">\n`)}<link rel="icon" href="${site.assetHref("/assets/favicon.svg")}" type="image/svg+xml">
${(meta.feeds ?? []).map((feed) => html`<link rel="alternate" type="${feed.type ?? "application/atom+xml"}" title="${feed.title}" href="${site.absoluteUrl(feed.path)}">\n`)}${meta.head ? html`${meta.head}\n` : ""}<link rel="stylesheet" href="${site.assetHref("/assets/print.css")}" media="print">
${(meta.structuredData ?? []).map((data) => jsonLd(data))}
</head>
<body>
<a class="skip-link" href="#main">${text.skipLink}</a>
<header class="site-header">
<div class="site-header__inner">
<a class="site-name" href="${site.href("/")}">${config.brand?.logo
    ? html`<img class="site-name__logo" src="${site.assetHref(config.brand.logo.src)}" alt="" width="${config.brand.logo.width}" height="${config.brand.logo.height}">`
    : ""}${config.title}</a>
${languageSwitch(site, meta.path, text.languageSwitch)}${meta.headerSearch === false ? "" : html`<form class="header-search" role="search" action="${site.href("/search/")}" method="get">
<label for="header-search-q" class="visually-hidden">${text.searchReleases}</label>
<input id="header-search-q" name="q" type="search" placeholder="${text.searchReleases}" autocomplete="off">
<button type="submit">${text.searchButton}</button>
</form>
`}</div>
<nav class="site-nav" aria-label="${text.mainNavigation}">
<ul>
${nav.map((item) => html`<li><a href="${site.href(item.path)}"${item.label === meta.section ? html` aria-current="page"` : ""}>${item.label}</a></li>\n`)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<p>${config.publisher}. <a href="${site.href("/feed.xml")}">${text.subscribeToAll}</a></p>
${pressOffice(site)}<p class="site-footer__note">${config.description}</p>
</footer>
${(meta.scripts ?? []).map((src) => html`<script type="module" src="${site.assetHref(src)}"></script>\n`)}</body>
</html>
`.value
  );
}

/** ` dir="rtl"` for a right-to-left language; left to right is every browser's default, so it goes unsaid. */
export function htmlDirection(language: string): SafeHtml | "" {
  return directionOf(language) === "rtl" ? html` dir="rtl"` : "";
}

/**
 * The image Open Graph and X/Twitter show for the page, with its alt text: the page's
 * own image with the alt its editor wrote, else the site's card, described by the site's
 * title. X reads og:title, og:description and og:image when its own tags are absent
 * (https://developer.x.com/en/docs/x-for-websites/cards/overview/markup), so only the two
 * it has no Open Graph fallback for are written: twitter:card and twitter:image:alt
 * (issue #15: each duplicate cost a release page its title, summary and image URL again).
 */
function socialCard(site: Newsroom, meta: PageMeta): { readonly url: string; readonly alt: string } | undefined {
  if (meta.image) return { url: site.absoluteUrl(meta.image), alt: meta.imageAlt?.trim() || meta.title };
  if (site.config.image) return { url: site.absoluteAssetUrl(site.config.image), alt: site.config.title };
  return undefined;
}
