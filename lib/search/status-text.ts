import type { SearchClientText } from "../i18n/search-text.ts";
import { fillMessage, pluralMessage } from "../i18n/message.ts";
import { hasFilters, type SearchState } from "./search-state.ts";

/** What the status names besides the count: the words searched for and whether filters apply. */
function searched(state: SearchState, text: SearchClientText, locale: string) {
  return {
    words: state.query ? fillMessage(text.searchForWords, { query: state.query }, locale) : "",
    filters: hasFilters(state) ? text.searchWithFilters : "",
  };
}

/** The sentence the status region announces after each search, in the page's language. */
export function statusText(state: SearchState, total: number, text: SearchClientText, locale: string): string {
  const values = searched(state, text, locale);
  if (total === 0) return fillMessage(text.searchNoneFound, values, locale);
  return pluralMessage(text.searchFound, total, locale, values);
}

/**
 * The line above first results that come from the newest search shards only, while the
 * older ones load (progressive search, issue #15): it names the years searched, not a
 * count, since the count of the whole site is not known yet.
 */
export function partialStatusText(state: SearchState, years: string, text: SearchClientText, locale: string): string {
  return fillMessage(text.searchPartial, { ...searched(state, text, locale), years }, locale);
}
