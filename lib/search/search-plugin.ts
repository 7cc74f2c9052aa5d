import type UserConfig from "@11ty/eleventy/UserConfig";
import { BuildError } from "../errors.ts";
import { ShardedIndex } from "./sharded-index.ts";
import { primaryFolder, type ShardPlan } from "./search-shards.ts";

/** Where the search bundle lives in the output, and so the URL the search page loads it from. */
export const pagefindFolder = primaryFolder;

/** The attribute that marks a page's indexed region; only release pages carry it. */
const indexedRegion = "data-pagefind-body";

export interface SearchIndexOptions {
  /** The shard plan of the build being rendered; read as pages arrive. */
  readonly shardPlan: () => ShardPlan | undefined;
  /** The shard of the page at a URL (without the path prefix). */
  readonly shardOf: (url: string) => number | undefined;
  /**
   * The pages of each shard in the order Pagefind is fed them. Pagefind's files depend on
   * that order, so it is fixed (newest first), whatever order Eleventy renders in: the
   * same content always gives the same index, and an incremental build the same index as
   * a clean one (issue #13).
   */
  readonly shardPages?: (shard: number) => readonly string[] | undefined;
  /** Shards this build indexes (default all); the others are copied from the previous build. */
  readonly indexes?: (shard: number) => boolean;
  /** Whether Eleventy renders the page at a URL in this build (default: every page). */
  readonly rendered?: (url: string) => boolean;
  /** A page of an indexed shard that this build does not render, from the previous build. */
  readonly previousHtml?: (url: string) => string;
}

interface BuildEvent {
  readonly directories: { readonly output: string };
  readonly outputMode: "fs" | "json" | "ndjson";
}

interface TransformContext {
  readonly page: { readonly url: string | false; readonly outputPath: string | false };
}

/** The next page each shard is waiting for, and pages rendered before their turn. */
interface ShardFeed {
  readonly urls: readonly string[];
  next: number;
  readonly early: Map<string, string>;
}

/**
 * The search index of one build. The build owns it: when Eleventy fails half-way it
 * never reaches `eleventy.after`, and the build must `close()` the index (stopping any
 * shard Pagefind is still writing) before it removes the half-written folder.
 */
export class SearchIndexRun {
  private index: ShardedIndex | undefined;
  private feeds = new Map<number, ShardFeed>();
  /** Pagefind is fed by one chain of calls, so the order above holds under Eleventy's concurrency. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: SearchIndexOptions) {}

  start(outputDir: string): void {
    this.index = new ShardedIndex(outputDir, (shard) => this.options.shardPlan()?.pages[shard - 1], this.indexes(1));
    this.feeds = new Map();
    const plan = this.options.shardPlan();
    for (let shard = 1; plan && shard <= plan.pages.length; shard++) {
      const urls = this.options.shardPages?.(shard);
      if (urls && this.indexes(shard)) this.feeds.set(shard, { urls, next: 0, early: new Map() });
    }
    // Pages of an indexed shard that are not rendered this time may come first. Nobody
    // awaits these here; a failure stays in the queue and surfaces in add() or finish().
    for (const shard of this.feeds.keys()) this.enqueue(shard).catch(() => undefined);
  }

  async add(url: string, html: string): Promise<void> {
    const shard = this.options.shardOf(url) ?? 1;
    if (!this.indexes(shard)) return;
    const feed = this.feeds.get(shard);
    if (!feed) {
      await this.index?.add(shard, url, html);
      return;
    }
    feed.early.set(url, html);
    await this.enqueue(shard);
  }

  async finish(): Promise<void> {
    const current = this.index;
    await this.queue;
    for (const [shard, feed] of this.feeds) {
      if (feed.next < feed.urls.length) {
        throw new BuildError(`Pagefind: search shard ${shard} still waits for ${feed.urls[feed.next]}, which was never rendered. This is a bug in Newsroom, please report it.`);
      }
    }
    this.index = undefined;
    await current?.finish();
  }

  async close(): Promise<void> {
    const current = this.index;
    this.index = undefined;
    await this.queue.catch(() => undefined);
    await current?.close();
  }

  private indexes(shard: number): boolean {
    return this.options.indexes?.(shard) ?? true;
  }

  private enqueue(shard: number): Promise<void> {
    this.queue = this.queue.then(() => this.drain(shard));
    return this.queue;
  }

  /** Feeds the shard every page that is next in line and available. */
  private async drain(shard: number): Promise<void> {
    const feed = this.feeds.get(shard);
    const index = this.index;
    if (!feed || !index) return;
    while (feed.next < feed.urls.length) {
      const url = feed.urls[feed.next]!;
      let html = feed.early.get(url);
      if (html === undefined && !(this.options.rendered?.(url) ?? true)) html = this.options.previousHtml?.(url);
      if (html === undefined) return;
      feed.early.delete(url);
      feed.next += 1;
      await index.add(shard, url, html);
    }
  }
}

/**
 * Builds the Pagefind index in the same run as the site: each page that has an indexed
 * region is handed to Pagefind as Eleventy renders it, into the shard of its release,
 * and each shard is written as soon as it is complete (search-shards.ts). Any Pagefind
 * problem fails the build (a BuildError with Pagefind's message).
 */
export function searchIndexPlugin(eleventyConfig: UserConfig, run: SearchIndexRun): void {
  eleventyConfig.on("eleventy.before", async (before: BuildEvent) => {
    await run.close();
    if (before.outputMode === "fs") run.start(before.directories.output);
  });

  eleventyConfig.addTransform("pagefind-index", async function (this: TransformContext, content: unknown) {
    const { url, outputPath } = this.page;
    if (typeof content === "string" && typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") && content.includes(indexedRegion)) {
      await run.add(url, content);
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", () => run.finish());
}
