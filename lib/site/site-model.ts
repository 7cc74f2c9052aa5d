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
  /** Output path of the term page (page 1), without the prefix: /crime-areas/drug-trafficking/. */
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

/** One page of one paginated list, as written to disk. */
export interface ListPage {
  readonly kind: "news" | "year" | "month" | "term" | "type" | "taxonomy";
  /** Output path of this page, e.g. /crime-areas/drug-trafficking/page/2/. */
  readonly path: string;
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly releases: readonly Release[];
}
