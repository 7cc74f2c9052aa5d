import type { SiteConfig } from "../config/site-config.ts";
import type { Dictionary } from "../i18n/dictionary.ts";
import { shardFilter } from "./search-shards.ts";

/** URL parameters the search page keeps for itself; no filter may be named like them. */
export const searchParams = { query: "q", sort: "sort", pages: "page" } as const;

/**
 * One facet on the search page and one Pagefind filter on every release page. The
 * name is the Pagefind filter name and the URL parameter; values are the labels
 * readers see (term spellings, type labels, years), so URLs stay readable.
 */
export interface FacetGroup {
  /** A taxonomy key, "type" or "year". */
  readonly name: string;
  readonly label: string;
  /** Terms alphabetically, types in configured order, years newest first. */
  readonly order: "alphabetical" | "listed" | "newest-first";
  /** For "listed": the values in their order. */
  readonly values?: readonly string[];
}

export const typeFilter = "type";
export const yearFilter = "year";

/** Names a taxonomy key must not take: they already mean something in a search URL. */
export const reservedNames: readonly string[] = [...Object.values(searchParams), typeFilter, yearFilter, shardFilter];

/**
 * The facets of a site: every taxonomy, then type and year (search issue #4). No
 * taxonomy key is one of `reservedNames`: the site-config schema refuses them.
 */
export function facetGroups(config: Pick<SiteConfig, "taxonomies" | "releaseTypes">, text: Pick<Dictionary, "facetType" | "facetYear">): FacetGroup[] {
  return [
    ...config.taxonomies.map((t): FacetGroup => ({ name: t.key, label: t.label, order: "alphabetical" })),
    { name: typeFilter, label: text.facetType, order: "listed", values: config.releaseTypes.map((t) => t.label) },
    { name: yearFilter, label: text.facetYear, order: "newest-first" },
  ];
}
