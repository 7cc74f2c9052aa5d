import type { Formats } from "./formats.ts";
import type { PluralForms } from "./message.ts";
import type { Parts } from "./parts.ts";

/** A previous/next link's text: what everyone sees, and words only a screen reader hears after it. */
export interface LinkText {
  readonly visible: string;
  /** Read after `visible` ("Previous" + " page"); empty when `visible` says it all. */
  readonly hidden: string;
}

/**
 * Every interface string a reader meets (issue #14), one dictionary per language. The
 * English comment on each key is the English text. Strings with values are functions, so
 * each language orders, inflects and punctuates them itself; a sentence around markup
 * returns `Parts` with the caller's elements in place. The strings the search page's
 * script writes reach the browser as JSON (lib/i18n/search-text.ts), so they are
 * `{name}` templates and plural forms instead (lib/i18n/message.ts). Names from
 * site.json (titles, taxonomy and type labels, terms) are the site's own.
 */
export interface Dictionary {
  // Every page: skip link, header, navigation, footer.
  /** "Skip to main content" */
  readonly skipLink: string;
  /** "Main": the main navigation's accessible name. */
  readonly mainNavigation: string;
  /** "Latest news": the navigation link to /news/. */
  readonly latestNews: string;
  /** "Language": the accessible name of a multilingual site's language switch (layouts/language-switch.ts). */
  readonly languageSwitch: string;
  /** "Search": the navigation link to /search/. */
  readonly searchNav: string;
  /** "Search": a search form's button. */
  readonly searchButton: string;
  /** "Search releases": the header search box, the search page's heading and title. */
  readonly searchReleases: string;
  /** "Subscribe to all releases (Atom)" */
  readonly subscribeToAll: string;
  /** "Media enquiries: Press office, +31…, press@…": the footer's press office with its links. */
  readonly pressOffice: <T>(name: string, links: readonly T[]) => Parts<T>;

  // Breadcrumbs.
  /** "Breadcrumb": the trail's accessible name. */
  readonly breadcrumb: string;
  /** "Home" */
  readonly home: string;
  /** "All news": /news/'s crumb and heading. */
  readonly allNews: string;

  // Counts and lists.
  /** "1 release", "1,204 releases" */
  readonly releaseCount: (count: number) => string;
  /** "no releases yet": a term or type in an index that no release uses. */
  readonly noReleasesYet: string;
  /** "Draft", "Scheduled", "Withdrawn": flags in lists and notice labels. */
  readonly draft: string;
  readonly scheduled: string;
  readonly withdrawn: string;

  // Pagination.
  /** "Pagination": the nav's accessible name. */
  readonly pagination: string;
  /** "Newer" + " releases": the link to the next newer page. */
  readonly newerPage: LinkText;
  /** "Older" + " releases": the link to the next older page. */
  readonly olderPage: LinkText;
  /** "Latest" + " releases": the link to a list's newest page. */
  readonly latestPage: LinkText;
  /** "Oldest" + " releases": the link to a list's oldest page. */
  readonly oldestPage: LinkText;
  /**
   * " – 3 Jan 2019 to 15 Feb 2019": added to the title of an older page, which
   * is named by the dates it covers (its number out of a total would change as releases
   * are added). The dates are formatted already; they are equal for a page of one day.
   */
  readonly pageDates: (oldest: string, newest: string) => string;
  /** "Releases from 3 Jan 2019 to 15 Feb 2019, newest first.": an older page's count line. */
  readonly listDates: (oldest: string, newest: string) => string;

  // Home page.
  /** "Latest releases" */
  readonly latestReleases: string;
  /** "No releases have been published yet." */
  readonly nothingPublished: string;
  /** "All news, by date" */
  readonly allNewsByDate: string;

  // List pages: all news, years, months, terms, types.
  /** "Every release of Havenmark Regional Police, newest first, and the years to browse by." */
  readonly newsDescription: (publisher: string) => string;
  /** "Browse by year" */
  readonly browseByYear: string;
  /** "News from 2015" */
  readonly newsFromYear: (year: string) => string;
  /** "Releases of Havenmark Regional Police published in 2015, newest first." */
  readonly yearDescription: (publisher: string, year: string) => string;
  /** "Months of 2015" */
  readonly monthsOf: (year: string) => string;
  /** "News from September 2015": the month as formatMonth writes it. */
  readonly newsFromMonth: (month: string) => string;
  /** "Releases of Havenmark Regional Police published in September 2015, newest first." */
  readonly monthDescription: (publisher: string, month: string) => string;
  /** "Other years", "Other months": an archive's neighbour navigation. */
  readonly otherYears: string;
  readonly otherMonths: string;
  /** "Earlier year", "Later year", "Earlier month", "Later month" */
  readonly earlierYear: string;
  readonly laterYear: string;
  readonly earlierMonth: string;
  readonly laterMonth: string;
  /** "All of 2015": a month's link up to its year. */
  readonly allOfYear: (year: string) => string;
  /** "Releases about Drug trafficking (Crime areas), newest first." */
  readonly termDescription: (term: string, taxonomy: string) => string;
  /** "Release type": the caption above a type page's heading. */
  readonly releaseType: string;
  /** "Release types": the types index. */
  readonly releaseTypes: string;
  /** "Press releases of Havenmark Regional Police, newest first." */
  readonly typeDescription: (plural: string, publisher: string) => string;
  /** "Releases": the heading of an archive's own list under its index. */
  readonly releasesHeading: string;
  /** "No releases have been published here yet." */
  readonly nothingPublishedHere: string;
  /** "45 releases, newest first." and, on a list of several pages, " Showing 21 to 40." */
  readonly listCount: (total: number, shown?: { readonly first: number; readonly last: number }) => string;
  /** "Subscribe to Drug trafficking (Atom feed)" */
  readonly subscribeTo: (title: string) => string;

  // Index pages: a taxonomy's terms, the release types.
  /** "12 terms, 9 with releases, in alphabetical order." */
  readonly termCount: (terms: number, used: number) => string;
  /** "Every term of Crime areas with its number of releases." */
  readonly taxonomyDescription: (taxonomy: string) => string;
  /** "The kinds of release Havenmark Regional Police publishes, with the number of each." */
  readonly typesDescription: (publisher: string) => string;
  /** "Every kind of release, with how many have been published." */
  readonly typesIntro: string;
  /** "Nothing here yet." */
  readonly nothingHereYet: string;

  // Release page.
  /** "[Withdrawn] Title": a withdrawn release's page title. */
  readonly withdrawnTitle: (title: string) => string;
  /** "Draft: not published. Production builds leave this release out." */
  readonly draftNotice: <T>(label: T) => Parts<T>;
  /** "Scheduled: publishes on 3 December 2026, 09:00 CET. Until then production builds leave this release out." */
  readonly scheduledNotice: <T>(label: T, time: T) => Parts<T>;
  /** "This release was withdrawn on 11 September 2015." */
  readonly withdrawnOn: <T>(time: T) => Parts<T>;
  /** "Published 11 September 2015" */
  readonly published: <T>(time: T) => Parts<T>;
  /** ", updated 12 September 2015" */
  readonly updated: <T>(time: T) => Parts<T>;
  /** "Issued by A", "Issued jointly by A, B and C" */
  readonly issuedBy: (names: readonly string[]) => string;
  /** "Photo: Jane Doe" */
  readonly photoCredit: (credit: string) => string;
  /** "Updates to this release" */
  readonly updatesHeading: string;
  /** "Documents" */
  readonly documents: string;
  /** " (PDF, 1.2 MB)": after a document's title in its link. */
  readonly documentDetails: (kind: string, bytes: number) => string;
  /** "Original publication: https://…" */
  readonly originalPublication: <T>(link: T) => Parts<T>;
  /** "Media enquiries": the contacts' heading. */
  readonly mediaEnquiries: string;
  /** "Phone +31…", "Email press@…" */
  readonly phoneLine: <T>(link: T) => Parts<T>;
  readonly emailLine: <T>(link: T) => Parts<T>;
  /** "Related releases" */
  readonly relatedReleases: string;
  /** "Table": a scrollable table's accessible name in a release's text. */
  readonly table: string;

  // 404 page.
  /** "Page not found" */
  readonly notFoundTitle: string;
  /** "There is no page at this address. The release may have moved, or the link may have a typing error." */
  readonly notFoundLead: string;
  /** "There is no page at this address on Havenmark Regional Police Newsroom." */
  readonly notFoundDescription: (siteTitle: string) => string;
  /** "Search the newsroom" */
  readonly searchTheNewsroom: string;
  /** "Words from the release you are looking for" */
  readonly notFoundSearchLabel: string;
  /** "All news, newest first" */
  readonly allNewsNewestFirst: string;
  /** "Browse the archives" */
  readonly browseArchives: string;
  /** "By year: 2026, 2025, 2024" with the years as links. */
  readonly byYear: <T>(years: readonly T[]) => Parts<T>;

  // A moved page (redirect).
  /** "This page has moved" */
  readonly pageMoved: string;
  /** "This page has moved to https://…." */
  readonly movedTo: <T>(link: T) => Parts<T>;

  // Search page, as the build writes it.
  /** "Search all releases of Havenmark Regional Police by word, and filter them by crime areas, …, type, year." */
  readonly searchDescription: (publisher: string, taxonomies: readonly string[]) => string;
  /** "Words to search for" */
  readonly searchWords: string;
  /** "Sort by", "Best match", "Newest first" */
  readonly sortBy: string;
  readonly bestMatch: string;
  readonly newestFirst: string;
  /** "Search needs JavaScript" */
  readonly searchNeedsJavaScript: string;
  /** "Search needs JavaScript, which is turned off or blocked in this browser. Every release can still be found through these lists:" */
  readonly noScript: <T>(searchNeedsJavaScript: T) => Parts<T>;
  /** "All releases, newest first" */
  readonly allReleasesNewestFirst: string;
  /** "Releases by crime areas" */
  readonly releasesBy: (taxonomy: string) => string;
  /** "Filter results", "Filters", "Clear all filters", "Results" */
  readonly filterResults: string;
  readonly filters: string;
  readonly clearAllFilters: string;
  readonly results: string;
  /** "Type words to search for, or choose filters to browse releases." */
  readonly searchPrompt: string;
  /** "Check the spelling, try fewer or more general words, or remove some filters." */
  readonly searchNoneHint: string;
  /** "Load more results" */
  readonly loadMore: string;
  /** "Type", "Year": the facets after the taxonomies. */
  readonly facetType: string;
  readonly facetYear: string;

  // Search page, as its script writes it in the browser ({name} templates).
  /** "{count} releases found{words}{filters}." */
  readonly searchFound: PluralForms;
  /** "No releases found{words}{filters}." */
  readonly searchNoneFound: string;
  /** " for “{query}”": `{words}` above. */
  readonly searchForWords: string;
  /** " with the chosen filters": `{filters}` above. */
  readonly searchWithFilters: string;
  /** "Showing {shown} of {total}." */
  readonly searchShown: string;
  /**
   * "Showing results from {years}{words}{filters}; searching older releases…": the line
   * above the first results of a large site, shown while older search shards load
   * (`{years}` is "2025–2026" or "2026"). Not announced; the count that replaces it is.
   */
  readonly searchPartial: string;
  /** "Search is not available at the moment. You can browse all releases from the news page." */
  readonly searchUnavailable: string;
  /** " ({count})": after "Filters" on a phone, how many filters are chosen. */
  readonly searchActiveFilters: string;
  /** " ({count} chosen)": after a facet's name. */
  readonly searchChosen: PluralForms;
  /** "({count})": after a facet option, its results. */
  readonly searchOptionCount: string;
  /** "“{query}” – {title}": the document title while searching. */
  readonly searchPageTitle: string;

  // Feeds.
  /** "Havenmark Regional Police Newsroom (Atom)", "… (JSON Feed)": the site's feed links. */
  readonly atomFeedLink: (title: string) => string;
  readonly jsonFeedLink: (title: string) => string;
  /** "Drug trafficking (Crime areas), Atom" */
  readonly termFeedLink: (term: string, taxonomy: string) => string;
  /** "Press releases, Atom" */
  readonly typeFeedLink: (plural: string) => string;
  /** "Drug trafficking: Crime areas": a term feed's title, before " | site title". */
  readonly termFeedTitle: (term: string, taxonomy: string) => string;
  /** "The latest releases from Havenmark Regional Police about Drug trafficking." */
  readonly termFeedDescription: (publisher: string, term: string) => string;
  /** "The latest press releases from Havenmark Regional Police." */
  readonly typeFeedDescription: (publisher: string, plural: string) => string;
}

export type DictionaryKey = keyof Dictionary;

/** A language's dictionary, made for the site's full language tag (digits, plurals, lists). */
export type Translation = (formats: Formats) => Partial<Dictionary>;
