/**
 * The search index is split into shards of at most `shardSize` release pages (issue #6).
 * Pagefind holds a whole index in memory while it writes it, about 230 KB per page, and
 * its write cost grows faster than the page count; shards keep both bounded, each one
 * written and dropped as soon as it is complete. The browser merges them (Pagefind's
 * `mergeIndex`).
 *
 * Shards are contiguous runs of publication dates, numbered from the oldest: shard 1
 * holds the oldest `shardSize` releases, the last shard the newest ones, and is the only
 * one not full. Being contiguous is what lets the search page list results newest first
 * across shards (Pagefind ranks each shard on its own), and numbering from the oldest
 * keeps an old shard's pages the same from one build to the next.
 */

/** The Pagefind filter every indexed page carries with its shard number; not a facet. */
export const shardFilter = "shard";

/** Folder of the first shard, relative to the output root: Pagefind's own bundle and runtime. */
export const primaryFolder = "pagefind";

/** Output folder of a shard, relative to the output root. */
export function shardFolder(shard: number): string {
  return shard === 1 ? primaryFolder : `${primaryFolder}/shards/${shard}`;
}

export interface ShardPlan {
  readonly shardSize: number;
  /** Pages in each shard; element 0 is shard 1. */
  readonly pages: readonly number[];
}

/** How `indexed` pages split into shards; a site with no indexed page still has one (empty) shard. */
export function planShards(indexed: number, shardSize: number): ShardPlan {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new RangeError(`shardSize must be a positive integer, not ${shardSize}`);
  const count = Math.max(1, Math.ceil(indexed / shardSize));
  return { shardSize, pages: Array.from({ length: count }, (_, i) => Math.min(shardSize, indexed - i * shardSize)) };
}

/**
 * The shard of the release at `newestFirstIndex` in a newest-first list of `indexed`
 * releases (the order the site keeps them in).
 */
export function shardOf(newestFirstIndex: number, indexed: number, shardSize: number): number {
  if (newestFirstIndex < 0 || newestFirstIndex >= indexed) throw new RangeError(`index ${newestFirstIndex} is outside 0..${indexed - 1}`);
  return Math.floor((indexed - 1 - newestFirstIndex) / shardSize) + 1;
}
