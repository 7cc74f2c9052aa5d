import { hasFilters, type SearchState } from "./search-state.ts";

/** The sentence the status region announces after each search. */
export function statusText(state: SearchState, total: number): string {
  const words = state.query ? ` for “${state.query}”` : "";
  const filtered = hasFilters(state) ? " with the chosen filters" : "";
  if (total === 0) return `No releases found${words}${filtered}.`;
  return `${total === 1 ? "1 release" : `${total} releases`} found${words}${filtered}.`;
}
