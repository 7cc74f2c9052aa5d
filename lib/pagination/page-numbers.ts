/**
 * The numbered links of a pagination bar, as GOV.UK's pagination component shows them:
 * the first and last page, the current page and its neighbours, and an ellipsis for
 * every longer run of pages left out ("1 … 6 [7] 8 … 42"). A gap of a single page shows
 * that page instead, since an ellipsis would take the same room and hide it.
 * https://design-system.service.gov.uk/components/pagination/
 */
export type PageNumberItem = { readonly kind: "page"; readonly number: number; readonly current: boolean } | { readonly kind: "ellipsis" };

export function pageNumberItems(current: number, pageCount: number, neighbours = 1): PageNumberItem[] {
  if (pageCount <= 1) return [];
  const shown = new Set<number>([1, pageCount]);
  for (let n = current - neighbours; n <= current + neighbours; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageNumberItem[] = [];
  let previous = 0;
  for (const number of sorted) {
    if (number - previous === 2) items.push(page(previous + 1, current));
    else if (number - previous > 2) items.push({ kind: "ellipsis" });
    items.push(page(number, current));
    previous = number;
  }
  return items;
}

function page(number: number, current: number): PageNumberItem {
  return { kind: "page", number, current: number === current };
}
