import type { SearchClientText } from "../i18n/search-text.ts";
import { fillMessage, pluralMessage } from "../i18n/message.ts";
import { hasFilters, type SearchState } from "./search-state.ts";

/** The sentence the status region announces after each search, in the page's language. */
export function statusText(state: SearchState, total: number, text: SearchClientText, locale: string): string {
  const values = {
    words: state.query ? fillMessage(text.searchForWords, { query: state.query }, locale) : "",
    filters: hasFilters(state) ? text.searchWithFilters : "",
  };
  if (total === 0) return fillMessage(text.searchNoneFound, values, locale);
  return pluralMessage(text.searchFound, total, locale, values);
}
