import type { Release } from "../model/release.ts";
import type { ListPage, ListPageBase } from "../site/site-model.ts";
import { pagedPath } from "../urls/site-urls.ts";
import { chunk } from "./chunk.ts";

/** What a kind of list page adds to the shared fields (its kind included). */
export type ListPageFields<P extends ListPage> = Omit<P, Exclude<keyof ListPageBase, "kind">>;

/** The written pages of one list: page 1 at `basePath`, then `basePath/page/N/`. */
export function paginateList<P extends ListPage>(
  fields: ListPageFields<P>,
  basePath: string,
  releases: readonly Release[],
  pageSize: number,
): (ListPageFields<P> & Omit<ListPageBase, "kind">)[] {
  const pages = chunk(releases, pageSize);
  return pages.map((pageReleases, i) => ({
    ...fields,
    path: pagedPath(basePath, i + 1),
    basePath,
    pageNumber: i + 1,
    pageCount: pages.length,
    releases: pageReleases,
    firstPosition: i * pageSize + 1,
    total: releases.length,
  }));
}
