import { searchParams, type FacetGroup } from "./facet-groups.ts";

export type SearchSort = "relevance" | "newest";

/** Everything a search page shows, kept in its URL so a search can be shared and bookmarked. */
export interface SearchState {
  readonly query: string;
  /** Chosen values per facet name, in the order chosen. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: SearchSort;
  /** How many pages of results are shown ("Load more results" adds one). */
  readonly pages: number;
}

export const emptyState: SearchState = { query: "", filters: {}, sort: "relevance", pages: 1 };

const maxQueryLength = 200;
/** A shared URL cannot make the page fetch hundreds of result fragments at once. */
export const maxPages = 20;

/** Reads a state from the URL's query string; unknown parameters and facet names are ignored. */
export function stateFromParams(params: URLSearchParams, groups: readonly Pick<FacetGroup, "name">[]): SearchState {
  const query = normaliseQuery(params.get(searchParams.query) ?? "");
  const filters: Record<string, string[]> = {};
  for (const { name } of groups) {
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter((v) => v !== ""))];
    if (values.length > 0) filters[name] = values;
  }
  const sort: SearchSort = params.get(searchParams.sort) === "newest" ? "newest" : "relevance";
  const page = Number.parseInt(params.get(searchParams.pages) ?? "1", 10);
  const pages = Number.isFinite(page) ? Math.min(Math.max(page, 1), maxPages) : 1;
  return { query, filters, sort, pages };
}

/** Words as typed, with runs of white space made one space and a length limit. */
export function normaliseQuery(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, maxQueryLength);
}

/** The canonical query string of a state: defaults left out, facets in page order. */
export function stateToParams(state: SearchState, groups: readonly Pick<FacetGroup, "name">[]): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(searchParams.query, state.query);
  for (const { name } of groups) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort !== "relevance") params.set(searchParams.sort, state.sort);
  if (state.pages > 1) params.set(searchParams.pages, String(state.pages));
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** A search runs when there are words or at least one filter; otherwise the page only offers facets. */
export function isActive(state: SearchState): boolean {
  return state.query !== "" || hasFilters(state);
}

/** Without words there is nothing to rank by, so browsing by filters lists newest first. */
export function effectiveSort(state: SearchState): SearchSort {
  return state.query === "" ? "newest" : state.sort;
}

export interface PagefindQuery {
  /** null asks Pagefind for a filter-only search. */
  readonly term: string | null;
  readonly options: {
    readonly filters: Record<string, { any: string[] }>;
    readonly sort?: { readonly date: "desc" };
  };
}

/**
 * The Pagefind call for a state. Values of one facet are alternatives (any), facets
 * combine (all): "Drugs or Fraud, in 2015".
 */
export function pagefindQuery(state: SearchState): PagefindQuery {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) filters[name] = { any: [...values] };
  const sort = effectiveSort(state) === "newest" ? { date: "desc" as const } : undefined;
  return { term: state.query === "" ? null : state.query, options: sort ? { filters, sort } : { filters } };
}

export function withFilter(state: SearchState, name: string, value: string, chosen: boolean): SearchState {
  const current = state.filters[name] ?? [];
  const next = chosen ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters, [name]: next };
  if (next.length === 0) delete filters[name];
  return { ...state, filters, pages: 1 };
}

/**
 * The state without one facet's choices: its results give that facet's counts, so each
 * option of a facet in use says how many releases choosing it would add (values of one
 * facet are alternatives), not how many of the current results also have it.
 */
export function withoutFacet(state: SearchState, name: string): SearchState {
  const filters = { ...state.filters };
  delete filters[name];
  return { ...state, filters };
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: {}, pages: 1 };
}
