import assert from "node:assert/strict";
import { test } from "node:test";
import { assignShards, firstSearchShards, shardFolder, shardOfFile } from "../../lib/search/search-shards.ts";
import { Newsroom, previewShardSize } from "../../lib/site/newsroom.ts";
import { searchPageConfig } from "../../lib/search/search-page-config.ts";
import { dictionaryFor } from "../../lib/i18n/dictionaries.ts";
import { testConfig } from "../support/release-factory.ts";
import { syntheticReleases } from "../support/synthetic-releases.ts";

/** Years of releases, newest first, as the site keeps them: `counts` per year, newest year first. */
const years = (counts: Record<string, number>) =>
  Object.entries(counts).sort(([a], [b]) => Number(b) - Number(a)).flatMap(([year, n]) => Array<string>(n).fill(year));

test("older years fill shards from the oldest, whole years together; the newest year is a shard of its own", () => {
  const { plan, shards } = assignShards(years({ 2026: 3, 2025: 4, 2024: 4, 2023: 2, 2022: 5 }), 10);
  // 2022 + 2023 (7), then 2024 + 2025 (8) would not fit with 2023, so: [2022, 2023] [2024, 2025] [2026].
  assert.deepEqual(plan.pages, [7, 8, 3]);
  assert.deepEqual(plan.years, [["2022", "2023"], ["2024", "2025"], ["2026", "2026"]]);
  assert.deepEqual(shards, [3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1]);
});

test("a new release this year changes only the newest shard; older shards keep their pages", () => {
  const before = assignShards(years({ 2026: 3, 2025: 4, 2024: 9 }), 10);
  const after = assignShards(years({ 2026: 4, 2025: 4, 2024: 9 }), 10);
  assert.deepEqual(before.plan.pages.slice(0, -1), after.plan.pages.slice(0, -1));
  assert.equal(after.plan.pages.at(-1), before.plan.pages.at(-1)! + 1);
});

test("a year larger than a shard is split by count from its oldest release", () => {
  assert.deepEqual(assignShards(years({ 2026: 2, 2025: 25 }), 10).plan.pages, [10, 10, 5, 2]);
  assert.deepEqual(assignShards(years({ 2026: 2, 2025: 25, 2024: 3 }), 10).plan.years, [["2024", "2024"], ["2025", "2025"], ["2025", "2025"], ["2025", "2025"], ["2026", "2026"]]);
  assert.deepEqual(assignShards(years({ 2026: 12 }), 10).plan.pages, [10, 2]);
});

test("every release gets one shard, and the plan counts agree with the assignment", () => {
  const given = years({ 2026: 7, 2025: 13, 2019: 1, 2018: 30, 2010: 4 });
  const { plan, shards } = assignShards(given, 10);
  assert.equal(shards.length, given.length);
  const perShard = plan.pages.map((_, i) => shards.filter((s) => s === i + 1).length);
  assert.deepEqual(perShard, plan.pages);
  assert.ok(plan.pages.every((n) => n <= 10));
  // Contiguous in time: shard numbers never increase going back in time.
  assert.ok(shards.every((s, i) => i === 0 || s <= shards[i - 1]!));
});

test("a site with no indexed release still writes one (empty) shard; a bad size is refused", () => {
  assert.deepEqual(assignShards([], 10).plan.pages, [0]);
  assert.deepEqual(assignShards([], 10).plan.years, []);
  assert.throws(() => assignShards(["2026"], 0), /shardSize must be a positive integer/);
});

test("the first shard lives in Pagefind's own folder, the others beside it", () => {
  assert.equal(shardFolder(1), "pagefind");
  assert.equal(shardFolder(3), "pagefind/shards/3");
  // A file belongs to the shard of the innermost folder: the first shard's holds the others'.
  assert.equal(shardOfFile("pagefind/fragment/en_1a2b.pf_fragment"), 1);
  assert.equal(shardOfFile("pagefind/shards/3/index/en_9f.pf_index"), 3);
  assert.equal(shardOfFile("pagefind-notes.html"), undefined);
  assert.equal(shardOfFile("news/pagefind/index.html"), undefined);
});

test("a first search waits for the newest shards holding at most half a shard's pages, at least the newest", () => {
  /** A plan whose shards each hold years of their own, oldest first. */
  const plan = (shardSize: number, pages: number[]) => ({ shardSize, pages, years: pages.map((_, i) => [String(2000 + i), String(2000 + i)] as const) });
  // 10,000 releases: this year's few hundred first, the other 9,700 after the first results.
  assert.equal(firstSearchShards(plan(10_000, [9_700, 300])), 1);
  // 50,000: this year and last (a year of its own between full shards), not the next 9,090.
  assert.equal(firstSearchShards(plan(10_000, [9_090, 9_090, 9_090, 9_090, 9_090, 2_273, 2_277])), 2);
  // A small site: every shard at once, as before.
  assert.equal(firstSearchShards(plan(10_000, [955, 45])), 2);
  assert.equal(firstSearchShards({ shardSize: 10_000, pages: [0], years: [] }), 1);
  // A newest shard larger than the budget is still searched first, on its own.
  assert.equal(firstSearchShards(plan(4, [4, 1, 4, 4])), 1);
});

test("a first search never takes part of a year: the newest month's shard brings the rest of its year", () => {
  // The preview's 2,000-page shards: the month (32) fits the budget of 1,000, its year's other 1,459 do not.
  const split = { shardSize: 2_000, pages: [2_000, 1_459, 32], years: [["2024", "2025"], ["2026", "2026"], ["2026", "2026"]] as const };
  assert.equal(firstSearchShards(split), 2);
  // The first results are labelled "2026", so all of 2026 is searched for them.
  assert.deepEqual(searchPageConfig(testConfig(), split, dictionaryFor("en-GB")).firstShards, { count: 2, years: "2026" });
});

test("the preview (development mode) splits the index into shards of at most 500 pages, so an edit to an old release indexes few pages again", () => {
  const releases = syntheticReleases(5_000, 17);
  const config = testConfig({ search: { shardSize: 10_000 } });
  const production = new Newsroom(config, releases, "production").searchShards;
  const preview = new Newsroom(config, releases, "development").searchShards;
  assert.equal(previewShardSize, 500);
  // The newest year (more than 1,000 releases) is over a tenth of a shard: its newest month is a shard of its own.
  const latest = releases.reduce((a, b) => (b.timestamp > a.timestamp ? b : a));
  const newest = releases.filter((r) => r.year === latest.year);
  const thisMonth = newest.filter((r) => r.month === latest.month).length;
  assert.ok(newest.length > 1_000 && thisMonth < newest.length);
  assert.deepEqual(production.pages.slice(-2), [newest.length - thisMonth, thisMonth]);
  assert.ok(preview.pages.every((pages) => pages <= previewShardSize), `${preview.pages}`);
  assert.equal(preview.pages.reduce((a, b) => a + b), 5_000);
  assert.equal(preview.shardSize, previewShardSize);
});

test("once the newest year outgrows a tenth of a shard and 500 releases, its newest month is a shard of its own", () => {
  // 2026: 1,200 releases, the newest 100 of them this month; a tenth of 10,000 is 1,000.
  const { plan, shards } = assignShards(years({ 2026: 1200, 2025: 2000 }), 10_000, 100);
  assert.deepEqual(plan.pages, [2000, 1100, 100]);
  assert.deepEqual(plan.years, [["2025", "2025"], ["2026", "2026"], ["2026", "2026"]]);
  assert.deepEqual([shards[99], shards[100], shards[1200]], [3, 2, 1]);
  // A small newest year stays whole (under a tenth, or under 500 with small shards), and so does one that is all one month.
  assert.deepEqual(assignShards(years({ 2026: 800, 2025: 2000 }), 10_000, 100).plan.pages, [2000, 800]);
  assert.deepEqual(assignShards(years({ 2026: 400, 2025: 20 }), 1_000, 100).plan.pages, [20, 400]);
  assert.deepEqual(assignShards(years({ 2026: 1200, 2025: 2000 }), 10_000, 1200).plan.pages, [2000, 1200]);
  // A release added this month leaves the year's shard and every older one as they were.
  assert.deepEqual(assignShards(years({ 2026: 1201, 2025: 2000 }), 10_000, 101).plan.pages, [2000, 1100, 101]);
});
