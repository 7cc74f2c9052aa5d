/**
 * How a newest-first list is cut into pages so that adding a release changes few pages.
 *
 * Pages are counted from the oldest end: page 1 holds the 20 oldest releases, page 2 the
 * next 20, and so on, and the newest page (written at the list's own address) holds the
 * rest, between one and two pages' worth. A release added at the top then changes the
 * newest page; every older page keeps its number, its address and its releases, so an
 * incremental build leaves it alone and a crawler's copy of it stays true (only its links
 * change: the page below the newest when a page is added, once every `pageSize` additions,
 * and every page's year or month index when a year or month begins). Counted
 * from the newest end instead, every page after the first shifts by one release with
 * each addition: at 50,000 releases that was over 6,000 pages rewritten per release.
 *
 * What it costs readers: an older page cannot show the list's total, its own position
 * in it or its number out of a page count, since those change with every addition.
 * Older pages are named by the dates they cover instead (layouts/list-page.ts).
 */
export interface PageSlice {
  /** 1 for the oldest page; the newest page's number is the page count. */
  readonly number: number;
  readonly newest: boolean;
  /** Where the page's releases start and end in the newest-first list (end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** The pages of a list of `itemCount` releases, newest page first. An empty list still has one (empty) page. */
export function anchoredPages(itemCount: number, pageSize: number): PageSlice[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, not ${pageSize}`);
  const count = Math.max(1, Math.floor(itemCount / pageSize));
  const pages: PageSlice[] = [];
  for (let number = count; number >= 1; number--) {
    // Page N holds the oldest-first positions [(N − 1) × size, N × size); the newest page also takes what is left above it.
    const end = itemCount - (number - 1) * pageSize;
    pages.push({ number, newest: number === count, start: number === count ? 0 : end - pageSize, end });
  }
  return pages;
}
