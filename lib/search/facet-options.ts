import type { FacetGroup } from "./facet-groups.ts";

export interface FacetOption {
  readonly value: string;
  /** Releases matching the current words and filters that have this value. */
  readonly count: number;
  readonly chosen: boolean;
}

/**
 * The options one facet shows: every value that still has results, plus the chosen
 * ones even when they have none, so a reader can always take a choice back.
 */
export function facetOptions(
  group: FacetGroup,
  counts: Readonly<Record<string, number>> | undefined,
  chosen: readonly string[],
  locale: string,
): FacetOption[] {
  const values = new Set([...Object.keys(counts ?? {}), ...chosen]);
  const options = [...values]
    .map((value) => ({ value, count: counts?.[value] ?? 0, chosen: chosen.includes(value) }))
    .filter((option) => option.count > 0 || option.chosen);
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  const listed = group.values ?? [];
  const rank = (value: string) => {
    const index = listed.indexOf(value);
    return index === -1 ? listed.length : index;
  };
  return options.sort((a, b) => {
    if (group.order === "newest-first") return collator.compare(b.value, a.value);
    if (group.order === "listed") return rank(a.value) - rank(b.value) || collator.compare(a.value, b.value);
    return collator.compare(a.value, b.value);
  });
}
