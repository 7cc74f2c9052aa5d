import type { FilterCounts, PagefindApi, PagefindResponse } from "./pagefind-api.ts";

type SearchOptions = Parameters<PagefindApi["search"]>[1];

/**
 * Searches an index split into shards (lib/search/search-shards.ts) so that it answers
 * like one index. Pagefind merges the shards itself, but two of its per-index rules
 * would show:
 *
 * - A word no page of an index has is replaced by its longest prefix that one has
 *   ("marmalade" finds "Mar"). One index does that only when the whole site lacks the
 *   word; a shard does it whenever that shard lacks it. So each word is first looked up
 *   exactly (a quoted search, whose counts of the shard filter say which shards hold
 *   it) and, if some shards have it, only those shards are searched.
 * - With a sort, a result's score is its rank in its own shard, and merged results would
 *   interleave shards. Shards are runs of publication dates, so sorted searches ask each
 *   shard on its own, newest shard first, and join the lists.
 *
 * `shards` are the numbers of the shards it searches, of the site's `shardCount`: all of
 * them, or the newest ones while a progressive search waits for the rest (pagefind-api.ts),
 * whose searches are then kept to those shards even once more are being merged.
 */
export function shardedSearch(api: PagefindApi, shards: readonly number[], shardCount: number, shardFilter: string): PagefindApi {
  const every = shards.map(String);
  const within = (options: SearchOptions, shards: readonly string[]): SearchOptions => ({
    ...options,
    filters: { ...options.filters, [shardFilter]: { any: [...shards] } },
  });

  // Facet counts search the same words again with other filters; the answer depends on the words only.
  const looked = new Map<string, Promise<string[]>>();
  const shardsFor = (term: string | null): Promise<string[]> => {
    if (term === null || /^\s*".+"\s*$/.test(term)) return Promise.resolve(every);
    let shards = looked.get(term);
    if (!shards) looked.set(term, (shards = holdingEveryWord(term)));
    return shards;
  };

  /** Shards that hold every word of the query exactly, where some shard does. */
  async function holdingEveryWord(term: string): Promise<string[]> {
    let shards = every;
    for (const word of new Set(term.replace(/"/g, " ").split(/\s+/).filter(Boolean))) {
      const exact = await api.search(`"${word}"`, {});
      const holding = Object.entries(exact.filters[shardFilter] ?? {}).filter(([, count]) => count > 0).map(([shard]) => shard);
      if (holding.length > 0) shards = shards.filter((shard) => holding.includes(shard));
    }
    return shards;
  }

  return {
    options: (options) => api.options(options),
    filters: () => api.filters(),
    async search(term, options) {
      const shards = await shardsFor(term);
      if (shards.length === 0) return { results: [], filters: {} };
      if (options.sort === undefined) return api.search(term, shards.length === shardCount ? options : within(options, shards));
      const newestFirst = [...shards].sort((a, b) => Number(b) - Number(a));
      return joinResponses(await Promise.all(newestFirst.map((shard) => api.search(term, within(options, [shard])))));
    },
  };
}

/** One response from responses over disjoint sets of pages: results in order, counts added up. */
export function joinResponses(responses: readonly PagefindResponse[]): PagefindResponse {
  const filters: FilterCounts = {};
  for (const response of responses) {
    for (const [name, values] of Object.entries(response.filters)) {
      const into = (filters[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return { results: responses.flatMap((response) => response.results), filters };
}
