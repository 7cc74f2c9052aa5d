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
  const { text } = site;
  const latest = site.releases.slice(0, 5);
  const main = html`<h1>${text.notFoundTitle}</h1>
<p class="lead">${text.notFoundLead}</p>
<section aria-labelledby="not-found-search-heading">
<h2 id="not-found-search-heading">${text.searchTheNewsroom}</h2>
<form action="${site.href("/search/")}" method="get">
<p><label for="not-found-q">${text.notFoundSearchLabel}</label></p>
<div class="header-search">
<input id="not-found-q" name="q" type="search">
<button type="submit">${text.searchButton}</button>
</div>
</form>
</section>
${latest.length > 0
    ? html`<section aria-labelledby="not-found-latest-heading">
<h2 id="not-found-latest-heading">${text.latestReleases}</h2>
${releaseList(site, latest, 3)}
<p class="more-link"><a href="${site.href(newsPath)}">${text.allNewsNewestFirst}</a></p>
</section>`
    : ""}
<section aria-labelledby="not-found-browse-heading">
<h2 id="not-found-browse-heading">${text.browseArchives}</h2>
<ul>
${site.yearEntries.length > 0
    ? html`<li>${text.byYear(site.yearEntries.map((year) => html`<a href="${site.href(year.path)}">${year.year}</a>`))}</li>\n`
    : ""}${site.taxonomyEntries.map((entry) => html`<li><a href="${site.href(entry.path)}">${entry.taxonomy.label}</a></li>\n`)}<li><a href="${site.href(typesIndexPath)}">${text.releaseTypes}</a></li>
</ul>
</section>`;
  return pageShell(
    site,
    { title: text.notFoundTitle, description: text.notFoundDescription(site.config.title), path: "/404.html", noindex: true },
    main,
  );
}
