import path from "node:path";
import { BuildError } from "../errors.ts";
import { PagefindIndexer } from "./pagefind-indexer.ts";
import { shardFolder } from "./search-shards.ts";

/**
 * The search index as shards (search-shards.ts). A shard is written as soon as it has
 * all the pages the plan gives it, and then dropped, so Pagefind holds about one shard in
 * memory rather than the whole site. Pages may arrive in any order; without a plan every
 * shard is written at the end.
 */
export class ShardedIndex {
  private readonly open = new Map<number, Promise<PagefindIndexer>>();
  private readonly writing = new Map<number, Promise<void>>();
  private pages = 0;

  constructor(
    /** The site's output folder; shard folders are made inside it. */
    private readonly outputRoot: string,
    /** Pages the plan gives a shard, if known. */
    private readonly expected: (shard: number) => number | undefined,
    /** False when the first shard is taken from the previous build (lib/build/incremental). */
    private readonly writesFirstShard = true,
  ) {}

  /** Pages handed to Pagefind so far. */
  get added(): number {
    return this.pages;
  }

  /** Hands one page to its shard; resolves when Pagefind is ready for more (see PagefindIndexer.add). */
  async add(shard: number, url: string, html: string): Promise<void> {
    if (this.writing.has(shard)) {
      throw new BuildError(`Pagefind: ${url} belongs to search shard ${shard}, which was already written with the ${this.expected(shard)} pages planned for it. The shard plan and the rendered pages disagree; this is a bug in Newsroom, please report it.`);
    }
    let starting = this.open.get(shard);
    if (!starting) {
      starting = PagefindIndexer.start();
      this.open.set(shard, starting);
    }
    const indexer = await starting;
    this.pages += 1;
    const ready = indexer.add(url, html);
    if (indexer.added === this.expected(shard)) this.write(shard, indexer);
    await ready;
  }

  /** Writes every shard not yet written (an empty first shard if nothing was indexed) and waits for all. */
  async finish(): Promise<void> {
    try {
      if (this.writesFirstShard && !this.writing.has(1) && !this.open.has(1)) this.open.set(1, PagefindIndexer.start());
      for (const [shard, starting] of this.open) this.write(shard, await starting);
      const settled = await Promise.allSettled(this.writing.values());
      const failed = settled.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
      if (failed.length > 0) throw failed[0];
    } finally {
      await this.close();
    }
  }

  /** Drops every shard not yet written, e.g. when Eleventy failed half-way. */
  async close(): Promise<void> {
    const open = [...this.open.values()];
    this.open.clear();
    for (const starting of open) await starting.then((indexer) => indexer.close(), () => undefined);
    await Promise.allSettled(this.writing.values());
  }

  private write(shard: number, indexer: PagefindIndexer): void {
    this.open.delete(shard);
    const written = indexer.finish(path.join(this.outputRoot, shardFolder(shard)), shard === 1);
    // Collected by finish(); until then a failure must not count as unhandled.
    written.catch(() => undefined);
    this.writing.set(shard, written);
  }
}
