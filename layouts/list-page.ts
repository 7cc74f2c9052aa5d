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
import { allNewsCrumb, breadcrumbList, homeCrumb } from "../lib/structured-data/breadcrumb-list.ts";
import { collectionPage } from "../lib/structured-data/collection-page.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import type { ListPage, MonthEntry, MonthListPage, NewsListPage, TermListPage, TypeListPage, YearListPage } from "../lib/site/site-model.ts";
import { typesIndexPath } from "../lib/urls/site-urls.ts";
import { archiveNav } from "./archive-nav.ts";
import { breadcrumbs } from "./breadcrumbs.ts";
import { countList } from "./count-list.ts";
import { pageShell } from "./page-shell.ts";
import { pageDates, pagination, paginationHead } from "./pagination.ts";
import { releaseList } from "./release-list.ts";
import { renderTaxonomyIndexPage, renderTypesIndexPage } from "./taxonomy-index-page.ts";

interface ListView {
  /** The h1 and, with the dates an older page covers, the title. */
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
  const { text } = site;
  return {
    title: text.allNews,
    description: text.newsDescription(site.config.publisher),
    ancestors: [homeCrumb(text)],
    section: text.latestNews,
    feed: siteFeedLinks(site)[0],
    index: headedIndex(site, text.browseByYear, "year-index",
      page.news.years.map((year) => ({ label: year.year, path: year.path, count: page.newest ? year.releases.length : undefined }))),
  };
}

function yearView(site: Newsroom, page: YearListPage): ListView {
  const { text } = site;
  const { year, earlier, later } = page;
  return {
    title: text.newsFromYear(year.year),
    description: text.yearDescription(site.config.publisher, year.year),
    ancestors: [homeCrumb(text), allNewsCrumb(text)],
    section: text.latestNews,
    index: headedIndex(site, text.monthsOf(year.year), "month-index",
      year.months.map((month) => ({ label: monthName(site, month), path: month.path, count: page.newest ? month.releases.length : undefined }))),
    neighbours: archiveNav(site, {
      label: text.otherYears,
      earlier: earlier && { kind: text.earlierYear, label: earlier.year, path: earlier.path },
      later: later && { kind: text.laterYear, label: later.year, path: later.path },
      up: allNewsCrumb(text),
    }),
  };
}

function monthView(site: Newsroom, page: MonthListPage): ListView {
  const { text } = site;
  const { month, year, earlier, later } = page;
  const name = monthName(site, month);
  const yearCrumb = { label: year.year, path: year.path };
  return {
    title: text.newsFromMonth(name),
    description: text.monthDescription(site.config.publisher, name),
    ancestors: [homeCrumb(text), allNewsCrumb(text), yearCrumb],
    section: text.latestNews,
    neighbours: archiveNav(site, {
      label: text.otherMonths,
      earlier: earlier && { kind: text.earlierMonth, label: monthName(site, earlier), path: earlier.path },
      later: later && { kind: text.laterMonth, label: monthName(site, later), path: later.path },
      up: { label: text.allOfYear(year.year), path: year.path },
    }),
  };
}

function termView(site: Newsroom, page: TermListPage): ListView {
  const { taxonomy, term } = page;
  return {
    title: term.label,
    caption: taxonomy.taxonomy.label,
    description: term.description ?? site.text.termDescription(term.label, taxonomy.taxonomy.label),
    intro: term.description ? html`<p class="lead">${term.description}</p>` : undefined,
    ancestors: [homeCrumb(site.text), { label: taxonomy.taxonomy.label, path: taxonomy.path }],
    section: taxonomy.taxonomy.label,
    feed: termFeedLink(site, taxonomy, term),
  };
}

function typeView(site: Newsroom, page: TypeListPage): ListView {
  const { type } = page.type;
  const plural = type.plural ?? type.label;
  return {
    title: plural,
    caption: site.text.releaseType,
    description: site.text.typeDescription(plural, site.config.publisher),
    ancestors: [homeCrumb(site.text), { label: site.text.releaseTypes, path: typesIndexPath }],
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
  const { text } = site;
  const dates = pageDates(site, page);
  const title = view.title + (dates ? text.pageDates(dates.oldest, dates.newest) : "");
  const count = dates
    ? text.listDates(dates.oldest, dates.newest)
    : !page.total
      ? text.nothingPublishedHere
      : text.listCount(page.total, page.olderPath ? { first: 1, last: page.releases.length } : undefined);
  const main = html`${breadcrumbs(site, view.ancestors)}
<header class="list-page__header">
${view.caption ? html`<p class="list-page__caption">${view.caption}</p>\n` : ""}<h1>${view.title}</h1>
${view.intro ?? ""}
<p class="list-page__count">${count}</p>
${view.feed ? html`<p class="list-page__subscribe"><a href="${site.href(view.feed.path)}" type="${view.feed.type}">${text.subscribeTo(view.title)}</a></p>\n` : ""}</header>
${view.index ? html`${view.index}\n<h2 class="list-page__releases-heading">${text.releasesHeading}</h2>\n` : ""}${page.releases.length > 0 ? releaseList(site, page.releases, view.index ? 3 : 2) : ""}
${pagination(site, page)}
${view.neighbours ?? ""}`;

  return pageShell(site, {
    stylesheets: ["/assets/browse.css"],
    title,
    description: view.description,
    path: page.path,
    head: paginationHead(site, page),
    feeds: view.feed ? [view.feed] : undefined,
    section: view.section,
    structuredData: [
      collectionPage(site, {
        name: title,
        description: view.description,
        path: page.path,
        items: page.releases.map((release) => ({ name: release.title, path: release.url })),
        total: page.total,
      }),
      breadcrumbList(site, [...view.ancestors, { label: view.title, path: page.basePath }]),
    ],
  }, main);
}
