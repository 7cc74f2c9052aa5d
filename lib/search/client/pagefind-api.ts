/**
 * The part of Pagefind's browser API (pagefind.js, 1.x) the search page uses. The npm
 * package ships types for the Node API only, so these mirror pagefind_web_js/types.
 */
import { formatResultDate } from "../result-date.ts";
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
  options(options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string; noWorker?: boolean }): Promise<void>;
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

/** What loading Pagefind and answering searches need from the page's settings; sent to the search worker. */
export type PagefindSettings = Pick<SearchPageConfig, "bundle" | "siteRoot" | "shards" | "shardFilter" | "timeZone" | "language">;

/**
 * Imports pagefind.js from the site's bundle and merges the other index shards into it.
 * It runs in the search worker (search-worker.ts), where Pagefind starts no worker of
 * its own; `noWorker` says so for the page's thread too, where it runs only if the
 * worker cannot start. Each shard's pages get its number as a filter made in the
 * browser (Pagefind's mergeFilter), which costs no download.
 */
export async function loadPagefind(config: Pick<PagefindSettings, "bundle" | "siteRoot" | "shards" | "shardFilter">): Promise<PagefindApi> {
  const module = (await import(config.bundle)) as PagefindModule;
  const sharded = config.shards.length > 0;
  // Result URLs start at the site root, as on the page: in a worker Pagefind would
  // otherwise make them absolute, for want of a window.location to strip.
  await module.options({ ...excerpt, noWorker: true, baseUrl: config.siteRoot, ...(sharded ? { mergeFilter: { [config.shardFilter]: "1" } } : {}) });
  if (!sharded) return module;
  await Promise.all(
    config.shards.map((basePath, i) => module.mergeIndex(basePath, { ...excerpt, baseUrl: config.siteRoot, mergeFilter: { [config.shardFilter]: String(i + 2) } })),
  );
  return shardedSearch(module, config.shards.length + 1, config.shardFilter);
}

export type SearchOptions = Parameters<PagefindApi["search"]>[1];

/** A result as the page shows it. */
export interface ResultItem extends PagefindResultData {
  /** `meta.date` in the site's zone and language, formatted where the search runs: Intl's first date format is slow to make. */
  readonly dateText: string | undefined;
}

/** One search as the page shows it: how many results, the counts per facet, and the results asked for. */
export interface SearchAnswer {
  readonly total: number;
  readonly filters: FilterCounts;
  readonly items: readonly ResultItem[];
}

/**
 * What the search page asks of Pagefind. Plain data in and out, so that it can be asked
 * across a worker's message channel: a search answers with the data of the results
 * `from` to `from + count` (none for counts only), and "load more" searches again for
 * the next ones, which Pagefind answers from the chunks it has already loaded.
 */
export interface SearchClient {
  search(term: string | null, options: SearchOptions, from: number, count: number): Promise<SearchAnswer>;
  filters(): Promise<FilterCounts>;
}

export function searchClient(api: PagefindApi, settings: Pick<PagefindSettings, "timeZone" | "language">): SearchClient {
  return {
    filters: () => api.filters(),
    async search(term, options, from, count) {
      const response = await api.search(term, options);
      const wanted = response.results.slice(from, from + count);
      // Only what a result shows: a fragment also holds the whole text of its page.
      const items = await Promise.all(wanted.map(async (result) => {
        const { url, excerpt: text, meta } = await result.data();
        const dateText = meta["date"] ? formatResultDate(meta["date"], settings.timeZone, settings.language) : undefined;
        return { url, excerpt: text, meta, dateText };
      }));
      return { total: response.results.length, filters: response.filters, items };
    },
  };
}
