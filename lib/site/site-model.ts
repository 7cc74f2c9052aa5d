/**
 * The shapes of the browse model (taxonomy, type and date lists) that templates,
 * feeds, sitemaps and search share. Computed once per build from the release list
 * by pure functions in lib/taxonomy and lib/archives; see the taxonomy issue.
 */
import type { ReleaseType, Taxonomy } from "../config/site-config.ts";
import type { Release } from "../model/release.ts";

export interface TermEntry {
  /** The spelling shown (the most used one when spellings were merged). */
  readonly label: string;
  readonly slug: string;
  /** Output path of the term page (its newest page), without the prefix: /crime-areas/drug-trafficking/. */
  readonly path: string;
  /** Newest first. */
  readonly releases: readonly Release[];
  readonly description?: string | undefined;
}

export interface TaxonomyEntry {
  readonly taxonomy: Taxonomy;
  /** /crime-areas/ */
  readonly path: string;
  /** Alphabetical by label; controlled terms without releases have an empty list. */
  readonly terms: readonly TermEntry[];
}

export interface TypeEntry {
  readonly type: ReleaseType;
  /** /types/press-release/ */
  readonly path: string;
  readonly releases: readonly Release[];
}

export interface MonthEntry {
  readonly year: string;
  /** "01" … "12" */
  readonly month: string;
  /** /news/2015/09/ */
  readonly path: string;
  readonly releases: readonly Release[];
}

export interface YearEntry {
  readonly year: string;
  /** /news/2015/ */
  readonly path: string;
  readonly releases: readonly Release[];
  /** Newest month first. */
  readonly months: readonly MonthEntry[];
}

/** /news/: every release, with the years that have releases. */
export interface NewsEntry {
  readonly path: string;
  /** Newest first. */
  readonly releases: readonly Release[];
  /** Newest year first. */
  readonly years: readonly YearEntry[];
}

/** What every written list page has; `ListPage` adds what each kind shows. */
export interface ListPageBase {
  /**
   * news, year, month, term, type: one page of a paginated release list;
   * taxonomy: the index of one taxonomy's terms; types: the index of release types (/types/).
   */
  readonly kind: "news" | "year" | "month" | "term" | "type" | "taxonomy" | "types";
  /** Output path of this page, e.g. /crime-areas/drug-trafficking/page/2/. */
  readonly path: string;
  /** The list's own URL, where its newest page is written. */
  readonly basePath: string;
  /**
   * Counted from the oldest page (1), so a page keeps its number, address and releases
   * as newer releases are added (lib/pagination/anchored-pages.ts). The newest page is
   * written at `basePath`.
   */
  readonly pageNumber: number;
  /**
   * Whether this is the list's newest page. Only it shows counts (the list's total, the
   * counts of the years or months it indexes), which change with every addition.
   */
  readonly newest: boolean;
  /** The next newer and next older page of the same list, where there is one. */
  readonly newerPath?: string | undefined;
  readonly olderPath?: string | undefined;
  /** The releases on this page (empty on index pages). */
  readonly releases: readonly Release[];
  /** Releases in the whole list, over all its pages: on the newest page only. */
  readonly total?: number | undefined;
}

export interface NewsListPage extends ListPageBase {
  readonly kind: "news";
  readonly news: NewsEntry;
}

export interface YearListPage extends ListPageBase {
  readonly kind: "year";
  readonly year: YearEntry;
  /** The nearest earlier and later years that have releases. */
  readonly earlier?: YearEntry | undefined;
  readonly later?: YearEntry | undefined;
}

export interface MonthListPage extends ListPageBase {
  readonly kind: "month";
  readonly month: MonthEntry;
  readonly year: YearEntry;
  /** The nearest earlier and later months that have releases, across years. */
  readonly earlier?: MonthEntry | undefined;
  readonly later?: MonthEntry | undefined;
}

export interface TermListPage extends ListPageBase {
  readonly kind: "term";
  readonly taxonomy: TaxonomyEntry;
  readonly term: TermEntry;
}

export interface TypeListPage extends ListPageBase {
  readonly kind: "type";
  readonly type: TypeEntry;
}

export interface TaxonomyIndexPage extends ListPageBase {
  readonly kind: "taxonomy";
  readonly taxonomy: TaxonomyEntry;
}

export interface TypesIndexPage extends ListPageBase {
  readonly kind: "types";
  readonly types: readonly TypeEntry[];
}

/** One page of one paginated list (or one index page), as written to disk. */
export type ListPage = NewsListPage | YearListPage | MonthListPage | TermListPage | TypeListPage | TaxonomyIndexPage | TypesIndexPage;
