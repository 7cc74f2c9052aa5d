import type { SiteConfig } from "../config/site-config.ts";
import type { Dictionary } from "../i18n/dictionary.ts";
import { searchClientText, type SearchClientText } from "../i18n/search-text.ts";
import { href } from "../urls/site-urls.ts";
import { facetGroups, type FacetGroup } from "./facet-groups.ts";
import { shardFilter, shardFolder, type ShardPlan } from "./search-shards.ts";

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
  return {
    bundle: href(config, `/${shardFolder(1)}/pagefind.js`),
    siteRoot: href(config, "/"),
    shards: plan.pages.slice(1).map((_, i) => href(config, `/${shardFolder(i + 2)}/`)),
    shardFilter,
    language: config.language,
    timeZone: config.timeZone,
    pageSize: resultsPerPage,
    groups: facetGroups(config, text),
    text: searchClientText(text),
  };
}
