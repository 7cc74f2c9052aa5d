import { html } from "../lib/html/html.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { newsPath, typesIndexPath } from "../lib/urls/site-urls.ts";
import { pageShell } from "./page-shell.ts";
import { releaseList } from "./release-list.ts";

/**
 * /404.html, served by the host for any missing address, so every link is rooted at
 * the site (with its path prefix) rather than relative to the missing URL.
 */
export function renderNotFoundPage(site: Newsroom): string {
  const latest = site.releases.slice(0, 5);
  const main = html`<h1>Page not found</h1>
<p class="lead">There is no page at this address. The release may have moved, or the link may have a typing error.</p>
<section aria-labelledby="not-found-search-heading">
<h2 id="not-found-search-heading">Search the newsroom</h2>
<form action="${site.href("/search/")}" method="get">
<p><label for="not-found-q">Words from the release you are looking for</label></p>
<div class="header-search">
<input id="not-found-q" name="q" type="search">
<button type="submit">Search</button>
</div>
</form>
</section>
${latest.length > 0
    ? html`<section aria-labelledby="not-found-latest-heading">
<h2 id="not-found-latest-heading">Latest releases</h2>
${releaseList(site, latest, 3)}
<p class="more-link"><a href="${site.href(newsPath)}">All news, newest first</a></p>
</section>`
    : ""}
<section aria-labelledby="not-found-browse-heading">
<h2 id="not-found-browse-heading">Browse the archives</h2>
<ul>
${site.yearEntries.length > 0
    ? html`<li>By year: ${site.yearEntries.map((year, i) => html`${i > 0 ? ", " : ""}<a href="${site.href(year.path)}">${year.year}</a>`)}</li>\n`
    : ""}${site.taxonomyEntries.map((entry) => html`<li><a href="${site.href(entry.path)}">${entry.taxonomy.label}</a></li>\n`)}<li><a href="${site.href(typesIndexPath)}">Release types</a></li>
</ul>
</section>`;
  return pageShell(
    site,
    { title: "Page not found", description: `There is no page at this address on ${site.config.title}.`, path: "/404.html", noindex: true },
    main,
  );
}
