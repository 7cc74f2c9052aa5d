import type { Release } from "../model/release.ts";
import type { ListPage, ListPageBase } from "../site/site-model.ts";
import { olderPagePath } from "../urls/site-urls.ts";
import { anchoredPages } from "./anchored-pages.ts";

/** What a kind of list page adds to the shared fields (its kind included). */
export type ListPageFields<P extends ListPage> = Omit<P, Exclude<keyof ListPageBase, "kind">>;

/** The written pages of one list, newest first: the newest at `basePath`, older ones at `basePath/page/N/`. */
export function paginateList<P extends ListPage>(
  fields: ListPageFields<P>,
  basePath: string,
  releases: readonly Release[],
  pageSize: number,
): (ListPageFields<P> & Omit<ListPageBase, "kind">)[] {
  const pages = anchoredPages(releases.length, pageSize);
  const pathOf = (i: number) => (pages[i]!.newest ? basePath : olderPagePath(basePath, pages[i]!.number));
  return pages.map((slice, i) => ({
    ...fields,
    path: pathOf(i),
    basePath,
    pageNumber: slice.number,
    newest: slice.newest,
    newerPath: i > 0 ? pathOf(i - 1) : undefined,
    olderPath: i + 1 < pages.length ? pathOf(i + 1) : undefined,
    releases: releases.slice(slice.start, slice.end),
    ...(slice.newest ? { total: releases.length } : {}),
  }));
}
