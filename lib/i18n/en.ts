import { formatFileSize } from "../media/file-types.ts";
import type { Dictionary } from "./dictionary.ts";
import type { Formats } from "./formats.ts";
import { joinParts } from "./parts.ts";

/**
 * English: the fallback for every other language, so it has every key. These are the
 * strings the templates wrote before dictionaries existed, character for character, so
 * an English site builds byte-identical (issue #14). That is why list positions, page
 * numbers and term counts are written ungrouped ("Showing 10001 to 10020") and lists
 * are joined by hand: they always were.
 */
export const english = (f: Formats): Dictionary => ({
  skipLink: "Skip to main content",
  mainNavigation: "Main",
  latestNews: "Latest news",
  languageSwitch: "Language",
  searchNav: "Search",
  searchButton: "Search",
  searchReleases: "Search releases",
  subscribeToAll: "Subscribe to all releases (Atom)",
  pressOffice: (name, links) => [`Media enquiries: ${name}`, ...links.flatMap((link) => [", ", link])],

  breadcrumb: "Breadcrumb",
  home: "Home",
  allNews: "All news",

  releaseCount: (count) => f.count(count, { one: "{count} release", other: "{count} releases" }),
  noReleasesYet: "no releases yet",
  draft: "Draft",
  scheduled: "Scheduled",
  withdrawn: "Withdrawn",

  pagination: "Pagination",
  previousPage: { visible: "Previous", hidden: " page" },
  nextPage: { visible: "Next", hidden: " page" },
  pageLabel: (page) => `Page ${page}`,
  pageNumber: (page) => String(page),
  pageOf: (page, pages) => ` – Page ${page} of ${pages}`,

  latestReleases: "Latest releases",
  nothingPublished: "No releases have been published yet.",
  allNewsByDate: "All news, by date",

  newsDescription: (publisher) => `Every release of ${publisher}, newest first, and the years to browse by.`,
  browseByYear: "Browse by year",
  newsFromYear: (year) => `News from ${year}`,
  yearDescription: (publisher, year) => `Releases of ${publisher} published in ${year}, newest first.`,
  monthsOf: (year) => `Months of ${year}`,
  newsFromMonth: (month) => `News from ${month}`,
  monthDescription: (publisher, month) => `Releases of ${publisher} published in ${month}, newest first.`,
  otherYears: "Other years",
  otherMonths: "Other months",
  earlierYear: "Earlier year",
  laterYear: "Later year",
  earlierMonth: "Earlier month",
  laterMonth: "Later month",
  allOfYear: (year) => `All of ${year}`,
  termDescription: (term, taxonomy) => `Releases about ${term} (${taxonomy}), newest first.`,
  releaseType: "Release type",
  releaseTypes: "Release types",
  typeDescription: (plural, publisher) => `${plural} of ${publisher}, newest first.`,
  releasesHeading: "Releases",
  nothingPublishedHere: "No releases have been published here yet.",
  listCount: (total, shown) =>
    `${f.count(total, { one: "{count} release", other: "{count} releases" })}, newest first.${shown ? ` Showing ${shown.first} to ${shown.last}.` : ""}`,
  subscribeTo: (title) => `Subscribe to ${title} (Atom feed)`,

  termCount: (terms, used) => `${terms} term${terms === 1 ? "" : "s"}${used < terms ? `, ${used} with releases` : ""}, in alphabetical order.`,
  taxonomyDescription: (taxonomy) => `Every term of ${taxonomy} with its number of releases.`,
  typesDescription: (publisher) => `The kinds of release ${publisher} publishes, with the number of each.`,
  typesIntro: "Every kind of release, with how many have been published.",
  nothingHereYet: "Nothing here yet.",

  withdrawnTitle: (title) => `[Withdrawn] ${title}`,
  draftNotice: (label) => [label, ": not published. Production builds leave this release out."],
  scheduledNotice: (label, time) => [label, ": publishes on ", time, ". Until then production builds leave this release out."],
  withdrawnOn: (time) => ["This release was withdrawn on ", time, "."],
  published: (time) => ["Published ", time],
  updated: (time) => [", updated ", time],
  issuedBy: (names) => `Issued ${names.length > 1 ? "jointly " : ""}by ${names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`}`,
  photoCredit: (credit) => `Photo: ${credit}`,
  updatesHeading: "Updates to this release",
  documents: "Documents",
  documentDetails: (kind, bytes) => ` (${kind}, ${formatFileSize(bytes, f.locale)})`,
  originalPublication: (link) => ["Original publication: ", link],
  mediaEnquiries: "Media enquiries",
  phoneLine: (link) => ["Phone ", link],
  emailLine: (link) => ["Email ", link],
  relatedReleases: "Related releases",
  table: "Table",

  notFoundTitle: "Page not found",
  notFoundLead: "There is no page at this address. The release may have moved, or the link may have a typing error.",
  notFoundDescription: (siteTitle) => `There is no page at this address on ${siteTitle}.`,
  searchTheNewsroom: "Search the newsroom",
  notFoundSearchLabel: "Words from the release you are looking for",
  allNewsNewestFirst: "All news, newest first",
  browseArchives: "Browse the archives",
  byYear: (years) => ["By year: ", ...joinParts(years, ", ")],

  pageMoved: "This page has moved",
  movedTo: (link) => ["This page has moved to ", link, "."],

  searchDescription: (publisher, taxonomies) =>
    `Search all releases of ${publisher} by word, and filter them by ${[...taxonomies.map((label) => label.toLowerCase()), "type", "year"].join(", ")}.`,
  searchWords: "Words to search for",
  sortBy: "Sort by",
  bestMatch: "Best match",
  newestFirst: "Newest first",
  searchNeedsJavaScript: "Search needs JavaScript",
  noScript: (searchNeedsJavaScript) => [searchNeedsJavaScript, ", which is turned off or blocked in this browser. Every release can still be found through these lists:"],
  allReleasesNewestFirst: "All releases, newest first",
  releasesBy: (taxonomy) => `Releases by ${taxonomy.toLowerCase()}`,
  filterResults: "Filter results",
  filters: "Filters",
  clearAllFilters: "Clear all filters",
  results: "Results",
  searchPrompt: "Type words to search for, or choose filters to browse releases.",
  searchNoneHint: "Check the spelling, try fewer or more general words, or remove some filters.",
  loadMore: "Load more results",
  facetType: "Type",
  facetYear: "Year",

  searchFound: { one: "{count} release found{words}{filters}.", other: "{count} releases found{words}{filters}." },
  searchNoneFound: "No releases found{words}{filters}.",
  searchForWords: " for “{query}”",
  searchWithFilters: " with the chosen filters",
  searchShown: "Showing {shown} of {total}.",
  searchPartial: "Showing results from {years}{words}{filters}; searching older releases…",
  searchUnavailable: "Search is not available at the moment. You can browse all releases from the news page.",
  searchActiveFilters: " ({count})",
  searchChosen: { other: " ({count} chosen)" },
  searchOptionCount: "({count})",
  searchPageTitle: "“{query}” – {title}",

  atomFeedLink: (title) => `${title} (Atom)`,
  jsonFeedLink: (title) => `${title} (JSON Feed)`,
  termFeedLink: (term, taxonomy) => `${term} (${taxonomy}), Atom`,
  typeFeedLink: (plural) => `${plural}, Atom`,
  termFeedTitle: (term, taxonomy) => `${term}: ${taxonomy}`,
  termFeedDescription: (publisher, term) => `The latest releases from ${publisher} about ${term}.`,
  typeFeedDescription: (publisher, plural) => `The latest ${plural.toLowerCase()} from ${publisher}.`,
});
