/**
 * The part of Pagefind's browser API (pagefind.js, 1.x) the search page uses. The npm
 * package ships types for the Node API only, so these mirror pagefind_web_js/types.
 */
import type { SearchPageConfig } from "../search-page-config.ts";
import { shardedSearch } from "./sharded-search.ts";

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  /** With the site's path prefix: Pagefind derives it from where pagefind.js was loaded. */
  readonly url: string;
  /** Page text around the matches, with matches in <mark>; `<` and `>` escaped. */
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  /** Per filter and value: how many results remain with the current words and filters. */
  readonly filters: FilterCounts;
}

export interface PagefindApi {
  options(options: { excerptLength?: number; excerptEllipsis?: string; noWorker?: boolean }): Promise<void>;
  search(term: string | null, options: { filters?: object; sort?: object }): Promise<PagefindResponse>;
  /** Loads every filter chunk and returns the count of every value over the whole site. */
  filters(): Promise<FilterCounts>;
}

/** pagefind.js as a module: the API plus merging further indexes into the first. */
interface PagefindModule extends PagefindApi {
  options(options: Parameters<PagefindApi["options"]>[0] & { mergeFilter?: Record<string, string> }): Promise<void>;
  mergeIndex(basePath: string, options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string; mergeFilter?: Record<string, string> }): Promise<void>;
}

const excerpt = { excerptLength: 30, excerptEllipsis: "…" } as const;

/**
 * Imports pagefind.js from the site's bundle and merges the other index shards into it.
 * Set before the first search, `noWorker` keeps Pagefind on the page's own thread: no
 * 43 KB pagefind-worker.js to download before the first results (issue #6's 300 KB
 * budget) and no worker-src in the CSP. Searches run when the form is submitted, not on
 * every keystroke, so the thread is free. Each shard's pages get its number as a filter
 * made in the browser (Pagefind's mergeFilter), which costs no download.
 */
export async function loadPagefind(config: Pick<SearchPageConfig, "bundle" | "siteRoot" | "shards" | "shardFilter">): Promise<PagefindApi> {
  const module = (await import(config.bundle)) as PagefindModule;
  const sharded = config.shards.length > 0;
  await module.options({ ...excerpt, noWorker: true, ...(sharded ? { mergeFilter: { [config.shardFilter]: "1" } } : {}) });
  if (!sharded) return module;
  await Promise.all(
    config.shards.map((basePath, i) => module.mergeIndex(basePath, { ...excerpt, baseUrl: config.siteRoot, mergeFilter: { [config.shardFilter]: String(i + 2) } })),
  );
  return shardedSearch(module, config.shards.length + 1, config.shardFilter);
}
