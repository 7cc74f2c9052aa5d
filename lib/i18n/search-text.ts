import type { Dictionary } from "./dictionary.ts";

/** The strings the search page's script writes in the browser, sent to it as JSON with its settings. */
export type SearchClientText = Pick<Dictionary, (typeof searchClientKeys)[number]>;

const searchClientKeys = [
  "searchFound",
  "searchNoneFound",
  "searchForWords",
  "searchWithFilters",
  "searchShown",
  "searchPartial",
  "searchUnavailable",
  "searchActiveFilters",
  "searchChosen",
  "searchOptionCount",
  "searchPageTitle",
] as const satisfies readonly (keyof Dictionary)[];

export function searchClientText(text: Dictionary): SearchClientText {
  return Object.fromEntries(searchClientKeys.map((key) => [key, text[key]])) as SearchClientText;
}
