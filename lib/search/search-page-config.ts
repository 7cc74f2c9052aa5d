import type { SiteConfig } from "../config/site-config.ts";
import type { Dictionary } from "../i18n/dictionary.ts";
import { searchClientText, type SearchClientText } from "../i18n/search-text.ts";
import { href } from "../urls/site-urls.ts";
import { facetGroups, type FacetGroup } from "./facet-groups.ts";
import { firstSearchShards, shardFilter, shardFolder, type ShardPlan } from "./search-shards.ts";

/** What the search page's script needs from the build, passed in a data attribute. */
export interface SearchPageConfig {
  /** URL of Pagefind's pagefind.js (the first shard's bundle), with the path prefix. */
  readonly bundle: string;
  /** The site root with the path prefix: result URLs are relative to it. */
  readonly siteRoot: string;
  /** Base URLs of shards 2, 3, …, merged into the first (lib/search/search-shards.ts). */
  readonly shards: readonly string[];
  /** The filter that holds each page's shard number. */
  readonly shardFilter: string;
  /**
   * Where a search shows results before every shard is loaded (progressive search,
   * issue #15): the number of newest shards it waits for and the years they hold, as the
   * page names them ("2025–2026"). Absent when the first search waits for every shard.
   */
  readonly firstShards?: { readonly count: number; readonly years: string };
  readonly language: string;
  readonly timeZone: string;
  readonly pageSize: number;
  readonly groups: readonly FacetGroup[];
  /** Status lines, counts and the document title, in the site's language (lib/i18n). */
  readonly text: SearchClientText;
}

/** Results shown at first and added by each "Load more results": ten keep the first download small. */
export const resultsPerPage = 10;

export function searchPageConfig(config: SiteConfig, plan: ShardPlan, text: Dictionary): SearchPageConfig {
  const first = firstSearchShards(plan);
  return {
    bundle: href(config, `/${shardFolder(1)}/pagefind.js`),
    siteRoot: href(config, "/"),
    shards: plan.pages.slice(1).map((_, i) => href(config, `/${shardFolder(i + 2)}/`)),
    shardFilter,
    ...(first < plan.pages.length ? { firstShards: { count: first, years: yearSpan(plan.years.slice(-first)) } } : {}),
    language: config.language,
    timeZone: config.timeZone,
    pageSize: resultsPerPage,
    groups: facetGroups(config, text),
    text: searchClientText(text),
  };
}

/** "2025–2026", or "2026" for one year: the years of the given shards, oldest first. */
function yearSpan(shards: ShardPlan["years"]): string {
  const oldest = shards[0]?.[0] ?? "";
  const newest = shards.at(-1)?.[1] ?? oldest;
  return oldest === newest ? oldest : `${oldest}–${newest}`;
}
