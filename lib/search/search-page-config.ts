import type { SiteConfig } from "../config/site-config.ts";
import { href } from "../urls/site-urls.ts";
import { facetGroups, type FacetGroup } from "./facet-groups.ts";
import { pagefindFolder } from "./search-plugin.ts";

/** What the search page's script needs from the build, passed in a data attribute. */
export interface SearchPageConfig {
  /** URL of Pagefind's pagefind.js, with the path prefix; results URLs follow from it. */
  readonly bundle: string;
  readonly language: string;
  readonly timeZone: string;
  readonly pageSize: number;
  readonly groups: readonly FacetGroup[];
}

/** Results shown at first and added by each "Load more results": ten keep the first download small. */
export const resultsPerPage = 10;

export function searchPageConfig(config: SiteConfig): SearchPageConfig {
  return {
    bundle: href(config, `/${pagefindFolder}/pagefind.js`),
    language: config.language,
    timeZone: config.timeZone,
    pageSize: resultsPerPage,
    groups: facetGroups(config),
  };
}
