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
 * On a narrow screen the script folds the filters behind a "Filters (n)" button, so the
 * results are not pushed below the fold. The button is in the markup from the start and
 * shown only once the script adds `search-facets--foldable` (public/assets/search.css),
 * so nothing moves when it appears; wide screens never show it.
 */
export function renderSearchPage(site: Newsroom): string {
  const { config } = site;
  const settings = searchPageConfig(config, site.searchShards);
  const browse = [
    { label: "All releases, newest first", path: "/news/" },
    ...config.taxonomies.map((t) => ({ label: `Releases by ${t.label.toLowerCase()}`, path: taxonomyPath(t.slug) })),
  ];

  const main = html`<div class="search-ui" data-search-config="${JSON.stringify(settings)}">
<h1>Search releases</h1>
<form class="search-form" role="search" aria-label="Search releases" action="${site.href("/search/")}" method="get" data-search-form>
<div class="search-form__query">
<label for="search-q">Words to search for</label>
<div class="search-form__row">
<input id="search-q" name="q" type="search" autocomplete="off" enterkeyhint="search">
<button type="submit">Search</button>
</div>
</div>
<div class="search-form__sort" data-search-needs-js hidden>
<label for="search-sort">Sort by</label>
<select id="search-sort" name="sort">
<option value="relevance">Best match</option>
<option value="newest">Newest first</option>
</select>
</div>
</form>
<noscript>
<div class="search-noscript">
<p><strong>Search needs JavaScript</strong>, which is turned off or blocked in this browser. Every release can still be found through these lists:</p>
<ul>
${browse.map((link) => html`<li><a href="${site.href(link.path)}">${link.label}</a></li>\n`)}</ul>
</div>
</noscript>
<div class="search-layout" data-search-needs-js hidden>
<section class="search-facets" aria-labelledby="search-facets-heading" data-search-facets-section>
<h2 id="search-facets-heading" class="search-facets__heading">Filter results</h2>
<button type="button" class="search-facets__toggle" aria-expanded="false" aria-controls="search-facets-panel" data-search-facets-toggle><span>Filters<span data-search-facets-active></span></span></button>
<div id="search-facets-panel" class="search-facets__panel">
<button type="button" class="search-clear" data-search-clear data-search-facets-clear hidden>Clear all filters</button>
<div data-search-facets></div>
</div>
</section>
<section class="search-results" aria-labelledby="search-results-heading">
<h2 id="search-results-heading" class="visually-hidden">Results</h2>
<p class="search-status" role="status" data-search-status></p>
<p class="search-prompt" data-search-prompt>Type words to search for, or choose filters to browse releases.</p>
<div class="search-none" data-search-none hidden>
<p>Check the spelling, try fewer or more general words, or remove some filters.</p>
<button type="button" class="search-clear" data-search-clear hidden>Clear all filters</button>
</div>
<ol class="release-list search-results__list" data-search-results></ol>
<p class="search-shown" data-search-shown hidden></p>
<button type="button" class="search-more" data-search-more hidden>Load more results</button>
</section>
</div>
</div>`;

  return pageShell(
    site,
    {
      title: "Search releases",
      description: `Search all releases of ${config.publisher} by word, and filter them by ${[...config.taxonomies.map((t) => t.label.toLowerCase()), "type", "year"].join(", ")}.`,
      path: "/search/",
      head: html`<link rel="stylesheet" href="${site.href("/assets/search.css")}">`,
      scripts: ["/assets/search.js"],
      section: "Search",
      // The page's own form is the one search box here (issue 15).
      headerSearch: false,
    },
    main,
  );
}
