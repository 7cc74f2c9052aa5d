import assert from "node:assert/strict";
import { test } from "node:test";
import { joinResponses, shardedSearch } from "../../lib/search/client/sharded-search.ts";
import type { PagefindApi, PagefindResponse } from "../../lib/search/client/pagefind-api.ts";
import { planShards, shardFolder, shardOf } from "../../lib/search/search-shards.ts";

test("pages split into full shards from the oldest, the newest shard holding the rest", () => {
  assert.deepEqual(planShards(25, 10).pages, [10, 10, 5]);
  assert.deepEqual(planShards(20, 10).pages, [10, 10]);
  assert.deepEqual(planShards(3, 10_000).pages, [3]);
  assert.deepEqual(planShards(0, 10).pages, [0], "a site without releases still writes one (empty) index");
  assert.throws(() => planShards(5, 0), /shardSize must be a positive integer/);
});

test("a release's shard follows from its place in the newest-first list; the oldest are in shard 1", () => {
  const indexed = 25;
  const shards = Array.from({ length: indexed }, (_, i) => shardOf(i, indexed, 10));
  assert.deepEqual(shards, [3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  const perShard = [1, 2, 3].map((s) => shards.filter((x) => x === s).length);
  assert.deepEqual(perShard, planShards(indexed, 10).pages, "the plan and the assignment agree");
  assert.throws(() => shardOf(25, indexed, 10), /outside/);
});

test("shard 1 is Pagefind's own bundle folder; the others sit below it", () => {
  assert.equal(shardFolder(1), "pagefind");
  assert.equal(shardFolder(4), "pagefind/shards/4");
});

const result = (id: string) => ({ id, data: async () => ({ url: `/${id}/`, excerpt: "", meta: {} }) });

test("responses over disjoint shards join in order and add up their counts", () => {
  const joined = joinResponses([
    { results: [result("a"), result("b")], filters: { year: { "2026": 2 }, type: { News: 1 } } },
    { results: [result("c")], filters: { year: { "2026": 0, "2025": 1 } } },
  ]);
  assert.deepEqual(joined.results.map((r) => r.id), ["a", "b", "c"]);
  assert.deepEqual(joined.filters, { year: { "2026": 2, "2025": 1 }, type: { News: 1 } });
});

/**
 * A fake Pagefind over three shards: "fraud" is in every shard, "marmalade" only in
 * shard 2 (elsewhere Pagefind would fall back to a shorter word). A result's id says
 * the term and the shards it was searched in.
 */
function fakePagefind(asked: unknown[]): PagefindApi {
  const holding: Record<string, string[]> = { fraud: ["1", "2", "3"], marmalade: ["2"] };
  return {
    options: async () => undefined,
    filters: async () => ({}),
    search: async (term, options): Promise<PagefindResponse> => {
      asked.push([term, options]);
      const shards = (options as { filters?: { shard?: { any: string[] } } }).filters?.shard?.any ?? ["all"];
      const quoted = /^"([^\s"]+)"$/.exec(term ?? "");
      if (quoted) {
        const found = holding[quoted[1]!] ?? [];
        return { results: [], filters: { shard: Object.fromEntries(["1", "2", "3"].map((s) => [s, found.includes(s) ? 1 : 0])) } };
      }
      return { results: [result(`${term}-${shards.join("+")}`)], filters: {} };
    },
  };
}

test("sorted searches ask each shard on its own, newest shard first; searches by relevance go to Pagefind merged", async () => {
  const asked: unknown[] = [];
  const api = shardedSearch(fakePagefind(asked), 3, "shard");
  const sorted = await api.search("fraud", { filters: { year: { any: ["2025"] } }, sort: { date: "desc" } });
  assert.deepEqual(sorted.results.map((r) => r.id), ["fraud-3", "fraud-2", "fraud-1"]);
  assert.deepEqual(asked.at(-1), ["fraud", { filters: { year: { any: ["2025"] }, shard: { any: ["1"] } }, sort: { date: "desc" } }]);

  asked.length = 0;
  const byRelevance = await shardedSearch(fakePagefind(asked), 3, "shard").search("fraud", { filters: {} });
  assert.deepEqual(byRelevance.results.map((r) => r.id), ["fraud-all"], "every shard holds the word: no shard filter");
  assert.deepEqual(asked, [['"fraud"', {}], ["fraud", { filters: {} }]]);

  const filtersOnly = await api.search(null, { filters: { year: { any: ["2025"] } }, sort: { date: "desc" } });
  assert.deepEqual(filtersOnly.results.map((r) => r.id), ["null-3", "null-2", "null-1"]);
});

test("a word some shards hold exactly is searched only in those, as one index would not fall back to a shorter word", async () => {
  const asked: unknown[] = [];
  const api = shardedSearch(fakePagefind(asked), 3, "shard");
  assert.deepEqual((await api.search("marmalade fraud", { filters: {} })).results.map((r) => r.id), ["marmalade fraud-2"]);
  await api.search("marmalade fraud", { filters: { year: { any: ["2025"] } } });
  assert.equal(asked.filter((call) => (call as [string])[0] === '"marmalade"').length, 1, "each word is looked up once, not again for facet counts");
  assert.deepEqual((await api.search("marmalade", { filters: {}, sort: { date: "desc" } })).results.map((r) => r.id), ["marmalade-2"]);
  // A word no shard holds exactly (a word being typed, a typo) is left to Pagefind everywhere.
  assert.deepEqual((await api.search("marmal", { filters: {} })).results.map((r) => r.id), ["marmal-all"]);
  // A quoted phrase is already an exact search: no lookup first.
  assert.deepEqual((await api.search('"fraud ring"', { filters: {} })).results.map((r) => r.id), ['"fraud ring"-all']);
});
