/**
 * Every list page the site writes, derived once from the browse model. Eleventy
 * paginates one template over this array (one entry per written file) and the
 * sitemap reads it, so what is linked and what is written cannot drift apart.
 */
import { allMonths } from "../archives/date-archives.ts";
import { paginateList } from "../pagination/paginate-list.ts";
import { typesIndexPath } from "../urls/site-urls.ts";
import type {
  ListPage, MonthListPage, NewsEntry, NewsListPage, TaxonomyEntry, TaxonomyIndexPage, TermListPage, TypeEntry, TypeListPage, TypesIndexPage, YearEntry, YearListPage,
} from "./site-model.ts";

export interface BrowseEntries {
  readonly news: NewsEntry;
  readonly taxonomies: readonly TaxonomyEntry[];
  readonly types: readonly TypeEntry[];
}

/**
 * Terms and types without releases get no page (the indexes list them as "no releases
 * yet"); /news/, the indexes and every year and month with releases always do.
 */
export function buildListPages(entries: BrowseEntries, pageSize: number): ListPage[] {
  const { news, taxonomies, types } = entries;
  const years = news.years;
  const months = allMonths(years);
  const single = { pageNumber: 1, newest: true, releases: [], total: 0 } as const;
  return [
    ...paginateList<NewsListPage>({ kind: "news", news }, news.path, news.releases, pageSize),
    ...years.flatMap((year, i) =>
      paginateList<YearListPage>({ kind: "year", year, later: years[i - 1], earlier: years[i + 1] }, year.path, year.releases, pageSize)),
    ...months.flatMap((month, i) =>
      paginateList<MonthListPage>(
        { kind: "month", month, year: years.find((y) => y.year === month.year)!, later: months[i - 1], earlier: months[i + 1] },
        month.path, month.releases, pageSize)),
    ...taxonomies.flatMap((taxonomy): ListPage[] => [
      { kind: "taxonomy", taxonomy, path: taxonomy.path, basePath: taxonomy.path, ...single } satisfies TaxonomyIndexPage,
      ...taxonomy.terms
        .filter((term) => term.releases.length > 0)
        .flatMap((term) => paginateList<TermListPage>({ kind: "term", taxonomy, term }, term.path, term.releases, pageSize)),
    ]),
    { kind: "types", types, path: typesIndexPath, basePath: typesIndexPath, ...single } satisfies TypesIndexPage,
    ...types
      .filter((type) => type.releases.length > 0)
      .flatMap((type) => paginateList<TypeListPage>({ kind: "type", type }, type.path, type.releases, pageSize)),
  ];
}
