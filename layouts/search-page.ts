import { html } from "../lib/html/html.ts";
import { searchPageConfig } from "../lib/search/search-page-config.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { taxonomyPath } from "../lib/urls/site-urls.ts";
import { pageShell } from "./page-shell.ts";

/**
 * /search/: a GET form that works as a shareable URL, filled in and run by
 * /assets/search.js with Pagefind. Without JavaScript the page says so and points to
 * the archives, which hold every release as plain links.
 *
 * Every part the script works is in the markup and laid out from the first paint, so
 * nothing moves when the script starts or results arrive (issue 15): the parts marked
 * `data-search-needs-js` are hidden by public/assets/search.css only where scripts
 * cannot run (`@media (scripting: none)`), the results area is a screen tall before any
 * result is in it, and on a narrow screen the filters are folded behind their
 * "Filters (n)" button from the start; wide screens never show the button.
 */
export function renderSearchPage(site: Newsroom): string {
  const { config, text } = site;
  const settings = searchPageConfig(config, site.searchShards, text);
  const browse = [
    { label: text.allReleasesNewestFirst, path: "/news/" },
    ...config.taxonomies.map((t) => ({ label: text.releasesBy(t.label), path: taxonomyPath(t.slug) })),
  ];

  const main = html`<div class="search-ui" data-search-config="${JSON.stringify(settings)}">
<h1>${text.searchReleases}</h1>
<form class="search-form" role="search" aria-label="${text.searchReleases}" action="${site.href("/search/")}" method="get" data-search-form>
<div class="search-form__query">
<label for="search-q">${text.searchWords}</label>
<div class="search-form__row">
<input id="search-q" name="q" type="search" autocomplete="off" enterkeyhint="search">
<button type="submit">${text.searchButton}</button>
</div>
</div>
<div class="search-form__sort" data-search-needs-js>
<label for="search-sort">${text.sortBy}</label>
<select id="search-sort" name="sort">
<option value="relevance">${text.bestMatch}</option>
<option value="newest">${text.newestFirst}</option>
</select>
</div>
</form>
<noscript>
<div class="search-noscript">
<p>${text.noScript(html`<strong>${text.searchNeedsJavaScript}</strong>`)}</p>
<ul>
${browse.map((link) => html`<li><a href="${site.href(link.path)}">${link.label}</a></li>\n`)}</ul>
</div>
</noscript>
<div class="search-layout" data-search-needs-js>
<section class="search-facets" aria-labelledby="search-facets-heading">
<h2 id="search-facets-heading" class="search-facets__heading">${text.filterResults}</h2>
<button type="button" class="search-facets__toggle" aria-expanded="false" aria-controls="search-facets-panel" data-search-facets-toggle><span>${text.filters}<span data-search-facets-active></span></span></button>
<div id="search-facets-panel" class="search-facets__panel">
<button type="button" class="search-clear" data-search-clear data-search-facets-clear hidden>${text.clearAllFilters}</button>
<div data-search-facets></div>
</div>
</section>
<section class="search-results" aria-labelledby="search-results-heading">
<h2 id="search-results-heading" class="visually-hidden">${text.results}</h2>
<p class="search-status" role="status" data-search-status></p>
<p class="search-prompt" data-search-prompt>${text.searchPrompt}</p>
<div class="search-none" data-search-none hidden>
<p>${text.searchNoneHint}</p>
<button type="button" class="search-clear" data-search-clear hidden>${text.clearAllFilters}</button>
</div>
<ol class="release-list search-results__list" data-search-results></ol>
<p class="search-shown" data-search-shown hidden></p>
<button type="button" class="search-more" data-search-more hidden>${text.loadMore}</button>
</section>
</div>
</div>`;

  return pageShell(
    site,
    {
      title: text.searchReleases,
      description: text.searchDescription(config.publisher, config.taxonomies.map((t) => t.label)),
      path: "/search/",
      head: html`<link rel="stylesheet" href="${site.assetHref("/assets/search.css")}">`,
      scripts: ["/assets/search.js"],
      section: text.searchNav,
      // The page's own form is the one search box here (issue 15).
      headerSearch: false,
    },
    main,
  );
}
