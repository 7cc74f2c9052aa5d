/**
 * The search index is split into shards of at most `shardSize` release pages (issue #6).
 * Pagefind holds a whole index in memory while it writes it, about 230 KB per page, and
 * its write cost grows faster than the page count; shards keep both bounded, each one
 * written and dropped as soon as it is complete. The browser merges them (Pagefind's
 * `mergeIndex`).
 *
 * Shards are runs of whole calendar years, numbered from the oldest, and the newest year
 * is always a shard of its own (issue #13). Pagefind cannot add a page to an index, so a
 * changed page costs re-indexing its whole shard: news is nearly always this year's, and
 * this year's shard is small, so a new or corrected release re-indexes a few hundred pages
 * rather than the site, while older shards keep their pages from one build to the next
 * and are copied. Once the newest year outgrows a tenth of a shard (and 500 releases), its
 * newest month is a shard of its own as well, so that what an addition re-indexes stays a
 * month's worth late in a busy year; the year's shard is then re-indexed once a month,
 * when the month turns. Being contiguous in time is what lets the search page list
 * results newest first across shards (Pagefind ranks each shard on its own).
 */

/**
 * The fewest releases in the newest year for its newest month to be split off: below it,
 * indexing the year again costs little, and one more shard would cost every search more.
 */
const monthShardFrom = 500;

/** The Pagefind filter every indexed page carries with its shard number; not a facet. */
export const shardFilter = "shard";

/** Folder of the first shard, relative to the output root: Pagefind's own bundle and runtime. */
export const primaryFolder = "pagefind";

/** Output folder of a shard, relative to the output root. */
export function shardFolder(shard: number): string {
  return shard === 1 ? primaryFolder : `${primaryFolder}/shards/${shard}`;
}

/**
 * The shard whose folder holds `file` (relative to the output root, "/" between parts),
 * or undefined outside the search index: the first shard's folder holds the others'.
 */
export function shardOfFile(file: string): number | undefined {
  if (!file.startsWith(`${primaryFolder}/`)) return undefined;
  const nested = /^[^/]+\/shards\/(\d+)\//.exec(file);
  return nested ? Number(nested[1]) : 1;
}

export interface ShardPlan {
  readonly shardSize: number;
  /** Pages in each shard; element 0 is shard 1. */
  readonly pages: readonly number[];
  /** The oldest and the newest publication year in each shard, as `pages`; empty for a site with no indexed page. */
  readonly years: readonly (readonly [oldest: string, newest: string])[];
}

export interface ShardAssignment {
  readonly plan: ShardPlan;
  /** The shard of each release, in the newest-first order given. */
  readonly shards: readonly number[];
}

/**
 * Shards for indexed releases given by their years, newest first (the order the site keeps
 * releases in). Older years fill shards from the oldest, whole years together up to
 * `shardSize`; the newest year is a shard of its own; a year larger than `shardSize` is
 * split by count from its oldest release. `newestMonth` releases (the first ones given)
 * are the newest month's: split off when the newest year holds more than a tenth of
 * `shardSize` and more than `monthShardFrom`. A site with no indexed page still has one
 * (empty) shard.
 */
export function assignShards(years: readonly string[], shardSize: number, newestMonth = 0): ShardAssignment {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new RangeError(`shardSize must be a positive integer, not ${shardSize}`);
  if (years.length === 0) return { plan: { shardSize, pages: [0], years: [] }, shards: [] };
  // Runs of one year, oldest first: [year, count].
  const runs: [string, number][] = [];
  for (let i = years.length - 1; i >= 0; i--) {
    const year = years[i]!;
    const last = runs[runs.length - 1];
    if (last && last[0] === year) last[1] += 1;
    else runs.push([year, 1]);
  }
  const pages: number[] = [];
  const spans: [string, string][] = [];
  const fill = (year: string, count: number, startNew: boolean) => {
    let left = count;
    const open = () => {
      pages.push(0);
      spans.push([year, year]);
    };
    if (startNew || pages.length === 0 || pages[pages.length - 1]! + count > shardSize) open();
    while (left > 0) {
      const room = shardSize - pages[pages.length - 1]!;
      if (room === 0) {
        open();
        continue;
      }
      const taken = Math.min(room, left);
      pages[pages.length - 1]! += taken;
      spans[spans.length - 1]![1] = year;
      left -= taken;
    }
  };
  const newest = runs[runs.length - 1]!;
  const monthSplit = newestMonth > 0 && newestMonth < newest[1] && newest[1] > Math.max(shardSize / 10, monthShardFrom);
  if (monthSplit) {
    newest[1] -= newestMonth;
    runs.push([newest[0], newestMonth]);
  }
  // The newest year, and its month when split off, each start a shard of their own.
  const ownShards = monthSplit ? 2 : 1;
  runs.forEach(([year, count], i) => fill(year, count, i >= runs.length - ownShards));
  const shards: number[] = [];
  pages.forEach((count, i) => {
    for (let n = 0; n < count; n++) shards.push(i + 1);
  });
  // Built oldest first; the site's order is newest first.
  return { plan: { shardSize, pages, years: spans }, shards: shards.reverse() };
}

/**
 * How many of the newest shards a search waits for before it shows its first results
 * (issue #15): the newest shards that together hold at most half a shard's pages, and
 * at least the newest one. Every shard adds its metadata (a few bytes a page) and an
 * index chunk per word to a search, so a first search over these costs about what a
 * site of half a shard costs, however large the site; the older shards load after the
 * first results are on screen. All of them when that is every shard (a small site).
 * Never part of a year: the shards that share the oldest year taken are all taken.
 */
export function firstSearchShards(plan: Pick<ShardPlan, "shardSize" | "pages" | "years">): number {
  const budget = plan.shardSize / 2;
  const last = plan.pages.length - 1;
  let pages = 0;
  let count = 0;
  for (let i = last; i >= 0; i--) {
    if (count > 0 && pages + plan.pages[i]! > budget) break;
    pages += plan.pages[i]!;
    count += 1;
  }
  // The first results are labelled with the years they cover (search-page-config.ts), so
  // a year is never cut: the newest month's shard brings the rest of its year.
  while (count <= last && plan.years[last - count]?.[1] === plan.years[last - count + 1]?.[0]) count += 1;
  return count;
}
