/**
 * Every list page: breadcrumbs, h1, intro with counts, the page's releases and
 * pagination; archives add their year or month index and neighbours. Each kind only
 * says what differs (a `ListView`); the frame is shared. Index pages (a taxonomy's
 * terms, the release types) are rendered by taxonomy-index-page.ts.
 */
import { formatMonth } from "../lib/dates/release-date.ts";
import { siteFeedLinks, termFeedLink, typeFeedLink, type FeedLinkMeta } from "../lib/feeds/site-feeds.ts";
import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Crumb } from "../lib/structured-data/breadcrumb-list.ts";
import { allNewsCrumb as allNews, breadcrumbList } from "../lib/structured-data/breadcrumb-list.ts";
import { collectionPage } from "../lib/structured-data/collection-page.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import type { ListPage, MonthEntry, MonthListPage, NewsListPage, TermListPage, TypeListPage, YearListPage } from "../lib/site/site-model.ts";
import { typesIndexPath } from "../lib/urls/site-urls.ts";
import { archiveNav } from "./archive-nav.ts";
import { breadcrumbs, home } from "./breadcrumbs.ts";
import { countList } from "./count-list.ts";
import { pageShell } from "./page-shell.ts";
import { pageSuffix, pagination, paginationHead } from "./pagination.ts";
import { releaseCount } from "./release-count.ts";
import { releaseList } from "./release-list.ts";
import { renderTaxonomyIndexPage, renderTypesIndexPage } from "./taxonomy-index-page.ts";

interface ListView {
  /** The h1 and, with "Page N of M" when paginated, the title. */
  readonly title: string;
  /** Shown above the h1, e.g. the taxonomy of a term. */
  readonly caption?: string;
  readonly description: string;
  /** Extra paragraph(s) before the count, e.g. a term's description. */
  readonly intro?: SafeHtml;
  readonly ancestors: readonly Crumb[];
  readonly section?: string;
  /** A headed index (years or months) shown before the releases. */
  readonly index?: SafeHtml;
  readonly neighbours?: SafeHtml;
  /** The list's own Atom feed: linked from the head and as a visible subscribe link. */
  readonly feed?: FeedLinkMeta;
}

const newsSection = "Latest news";

export function renderListPage(site: Newsroom, page: ListPage): string {
  switch (page.kind) {
    case "news": return renderReleaseList(site, page, newsView(site, page));
    case "year": return renderReleaseList(site, page, yearView(site, page));
    case "month": return renderReleaseList(site, page, monthView(site, page));
    case "term": return renderReleaseList(site, page, termView(site, page));
    case "type": return renderReleaseList(site, page, typeView(site, page));
    case "taxonomy": return renderTaxonomyIndexPage(site, page);
    case "types": return renderTypesIndexPage(site, page);
  }
}

export function monthName(site: Newsroom, month: Pick<MonthEntry, "year" | "month">): string {
  return formatMonth(Number(month.year), Number(month.month), site.config.timeZone, site.config.language);
}

function newsView(site: Newsroom, page: NewsListPage): ListView {
  return {
    title: "All news",
    description: `Every release of ${site.config.publisher}, newest first, and the years to browse by.`,
    ancestors: [home],
    section: newsSection,
    feed: siteFeedLinks(site.config)[0],
    index: headedIndex(site, "Browse by year", "year-index",
      page.news.years.map((year) => ({ label: year.year, path: year.path, count: year.releases.length }))),
  };
}

function yearView(site: Newsroom, page: YearListPage): ListView {
  const { year, earlier, later } = page;
  return {
    title: `News from ${year.year}`,
    description: `Releases of ${site.config.publisher} published in ${year.year}, newest first.`,
    ancestors: [home, allNews],
    section: newsSection,
    index: headedIndex(site, `Months of ${year.year}`, "month-index",
      year.months.map((month) => ({ label: monthName(site, month), path: month.path, count: month.releases.length }))),
    neighbours: archiveNav(site, {
      label: "Other years",
      earlier: earlier && { kind: "Earlier year", label: earlier.year, path: earlier.path },
      later: later && { kind: "Later year", label: later.year, path: later.path },
      up: allNews,
    }),
  };
}

function monthView(site: Newsroom, page: MonthListPage): ListView {
  const { month, year, earlier, later } = page;
  const name = monthName(site, month);
  const yearCrumb = { label: year.year, path: year.path };
  return {
    title: `News from ${name}`,
    description: `Releases of ${site.config.publisher} published in ${name}, newest first.`,
    ancestors: [home, allNews, yearCrumb],
    section: newsSection,
    neighbours: archiveNav(site, {
      label: "Other months",
      earlier: earlier && { kind: "Earlier month", label: monthName(site, earlier), path: earlier.path },
      later: later && { kind: "Later month", label: monthName(site, later), path: later.path },
      up: { label: `All of ${year.year}`, path: year.path },
    }),
  };
}

function termView(site: Newsroom, page: TermListPage): ListView {
  const { taxonomy, term } = page;
  return {
    title: term.label,
    caption: taxonomy.taxonomy.label,
    description: term.description ?? `Releases about ${term.label} (${taxonomy.taxonomy.label}), newest first.`,
    intro: term.description ? html`<p class="lead">${term.description}</p>` : undefined,
    ancestors: [home, { label: taxonomy.taxonomy.label, path: taxonomy.path }],
    section: taxonomy.taxonomy.label,
    feed: termFeedLink(taxonomy, term),
  };
}

function typeView(site: Newsroom, page: TypeListPage): ListView {
  const { type } = page.type;
  const plural = type.plural ?? type.label;
  return {
    title: plural,
    caption: "Release type",
    description: `${plural} of ${site.config.publisher}, newest first.`,
    ancestors: [home, { label: "Release types", path: typesIndexPath }],
    feed: typeFeedLink(site, page.type),
  };
}

function headedIndex(site: Newsroom, heading: string, id: string, items: Parameters<typeof countList>[1]): SafeHtml {
  return html`<nav class="archive-index" aria-labelledby="${id}">
<h2 id="${id}" class="archive-index__heading">${heading}</h2>
${countList(site, items, "count-list count-list--inline")}
</nav>`;
}

function renderReleaseList(site: Newsroom, page: Exclude<ListPage, { kind: "taxonomy" | "types" }>, view: ListView): string {
  const last = page.firstPosition + page.releases.length - 1;
  const count = page.total === 0
    ? "No releases have been published here yet."
    : `${releaseCount(site, page.total)}, newest first.${page.pageCount > 1 ? ` Showing ${page.firstPosition} to ${last}.` : ""}`;
  const main = html`${breadcrumbs(site, view.ancestors)}
<header class="list-page__header">
${view.caption ? html`<p class="list-page__caption">${view.caption}</p>\n` : ""}<h1>${view.title}</h1>
${view.intro ?? ""}
<p class="list-page__count">${count}</p>
${view.feed ? html`<p class="list-page__subscribe"><a href="${site.href(view.feed.path)}" type="${view.feed.type}">Subscribe to ${view.title} (Atom feed)</a></p>\n` : ""}</header>
${view.index ? html`${view.index}\n<h2 class="list-page__releases-heading">Releases</h2>\n` : ""}${page.releases.length > 0 ? releaseList(site, page.releases, view.index ? 3 : 2) : ""}
${pagination(site, page)}
${view.neighbours ?? ""}`;

  return pageShell(site, {
    stylesheets: ["/assets/browse.css"],
    title: view.title + pageSuffix(page),
    description: view.description,
    path: page.path,
    head: paginationHead(site, page),
    feeds: view.feed ? [view.feed] : undefined,
    section: view.section,
    structuredData: [
      collectionPage(site, {
        name: view.title + pageSuffix(page),
        description: view.description,
        path: page.path,
        items: page.releases.map((release) => ({ name: release.title, path: release.url })),
        firstPosition: page.firstPosition,
        total: page.total,
      }),
      breadcrumbList(site, [...view.ancestors, { label: view.title, path: page.basePath }]),
    ],
  }, main);
}
