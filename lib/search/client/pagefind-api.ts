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
  options(options: Parameters<PagefindApi["options"]>[0] & { basePath?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  mergeIndex(basePath: string, options: { baseUrl?: string; excerptLength?: number; excerptEllipsis?: string; mergeFilter?: Record<string, string> }): Promise<void>;
}

const excerpt = { excerptLength: 30, excerptEllipsis: "…" } as const;

/** What loading Pagefind and answering searches need from the page's settings; sent to the search worker. */
export type PagefindSettings = Pick<SearchPageConfig, "bundle" | "siteRoot" | "shards" | "shardFilter" | "firstShards" | "timeZone" | "language">;

/** Pagefind with the shards loaded so far. */
export interface LoadedIndex {
  /** Searches the shards loaded so far. */
  readonly api: PagefindApi;
  /** Merges the other shards into the same Pagefind and resolves to the API over every shard; absent when `api` has them all. */
  readonly rest?: () => Promise<PagefindApi>;
}

/**
 * Imports pagefind.js from the site's bundle and merges the index shards. It runs in the
 * search worker (search-worker.ts), where Pagefind starts no worker of its own;
 * `noWorker` says so for the page's thread too, where it runs only if the worker cannot
 * start. Each shard's pages get its number as a filter made in the browser (Pagefind's
 * mergeFilter), which costs no download.
 *
 * Shards are loaded newest first: the newest is Pagefind's primary index (its metadata
 * and WebAssembly come from that shard's folder, which holds the same files as the
 * first's), and the others are merged in order. Where the settings name `firstShards`,
 * only that many are loaded at first, and `rest()` merges the older ones into the same
 * Pagefind later: Pagefind searches every index merged so far, in the order merged, so the
 * final ranking is the one a search over every shard at once gives (progressive search,
 * issue #15).
 */
export async function loadPagefind(config: Pick<PagefindSettings, "bundle" | "siteRoot" | "shards" | "shardFilter" | "firstShards">): Promise<LoadedIndex> {
  const module = (await import(config.bundle)) as PagefindModule;
  const shardCount = config.shards.length + 1;
  if (shardCount === 1) {
    // Result URLs start at the site root, as on the page: in a worker Pagefind would
    // otherwise make them absolute, for want of a window.location to strip.
    await module.options({ ...excerpt, noWorker: true, baseUrl: config.siteRoot });
    return { api: module };
  }
  // Pagefind skips merging an index whose path begins the primary's, and shard 1's
  // folder (/pagefind/) begins every other shard's: merged shards are named by absolute
  // URL, the primary by its path.
  const folder = (shard: number) => (shard === 1 ? config.bundle.replace(/[^/]*$/, "") : config.shards[shard - 2]!);
  const merged = (shard: number) => new URL(folder(shard), location.href).href;
  const mergeFilter = (shard: number) => ({ [config.shardFilter]: String(shard) });
  const newestFirst = Array.from({ length: shardCount }, (_, i) => shardCount - i);
  const merge = (shards: readonly number[]) =>
    Promise.all(shards.map((shard) => module.mergeIndex(merged(shard), { ...excerpt, baseUrl: config.siteRoot, mergeFilter: mergeFilter(shard) })));

  await module.options({ ...excerpt, noWorker: true, baseUrl: config.siteRoot, basePath: folder(shardCount), mergeFilter: mergeFilter(shardCount) });
  const firstCount = Math.min(Math.max(config.firstShards?.count ?? shardCount, 1), shardCount);
  const first = newestFirst.slice(0, firstCount);
  await merge(first.slice(1));
  const api = shardedSearch(module, first, shardCount, config.shardFilter);
  if (firstCount === shardCount) return { api };
  return { api, rest: () => merge(newestFirst.slice(firstCount)).then(() => shardedSearch(module, newestFirst, shardCount, config.shardFilter)) };
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
  /**
   * Whether the answer covers every shard. False for first results from the newest shards
   * only (progressive search): its total and counts are theirs, and its ranking may change
   * once `loadRest()` has merged the older shards.
   */
  readonly complete: boolean;
}

/**
 * What the search page asks of Pagefind. Plain data in and out, so that it can be asked
 * across a worker's message channel: a search answers with the data of the results
 * `from` to `from + count` (none for counts only), and "load more" searches again for
 * the next ones, which Pagefind answers from the chunks it has already loaded.
 */
export interface SearchClient {
  search(term: string | null, options: SearchOptions, from: number, count: number): Promise<SearchAnswer>;
  /** The count of every filter value over the whole site: it loads every shard first. */
  filters(): Promise<FilterCounts>;
  /** Loads the shards a first search left for later; every search after it covers the whole site. */
  loadRest(): Promise<void>;
}

export function searchClient(index: LoadedIndex, settings: Pick<PagefindSettings, "timeZone" | "language">): SearchClient {
  let api = index.api;
  let complete = index.rest === undefined;
  // Merged once: every later search waits for this one promise.
  let rest: Promise<void> | undefined;
  const loadRest = () =>
    (rest ??= (index.rest?.() ?? Promise.resolve(api)).then((all) => {
      api = all;
      complete = true;
    }));
  return {
    loadRest,
    async filters() {
      await loadRest();
      return api.filters();
    },
    async search(term, options, from, count) {
      // Once the older shards are on their way, a search waits for them: it covers all or the first.
      if (rest) await rest;
      const covers = complete;
      const response = await api.search(term, options);
      const wanted = response.results.slice(from, from + count);
      // Only what a result shows: a fragment also holds the whole text of its page.
      const items = await Promise.all(wanted.map(async (result) => {
        const { url, excerpt: text, meta } = await result.data();
        const dateText = meta["date"] ? formatResultDate(meta["date"], settings.timeZone, settings.language) : undefined;
        return { url, excerpt: text, meta, dateText };
      }));
      return { total: response.results.length, filters: response.filters, items, complete: covers };
    },
  };
}
