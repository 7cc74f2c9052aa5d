import type UserConfig from "@11ty/eleventy/UserConfig";
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
}

interface BuildEvent {
  readonly directories: { readonly output: string };
  readonly outputMode: "fs" | "json" | "ndjson";
}

interface TransformContext {
  readonly page: { readonly url: string | false; readonly outputPath: string | false };
}

/**
 * The search index of one build. The build owns it: when Eleventy fails half-way it
 * never reaches `eleventy.after`, and the build must `close()` the index (stopping any
 * shard Pagefind is still writing) before it removes the half-written folder.
 */
export class SearchIndexRun {
  private index: ShardedIndex | undefined;

  constructor(private readonly options: SearchIndexOptions) {}

  start(outputDir: string): void {
    this.index = new ShardedIndex(outputDir, (shard) => this.options.shardPlan()?.pages[shard - 1]);
  }

  async add(url: string, html: string): Promise<void> {
    await this.index?.add(this.options.shardOf(url) ?? 1, url, html);
  }

  async finish(): Promise<void> {
    const current = this.index;
    this.index = undefined;
    await current?.finish();
  }

  async close(): Promise<void> {
    const current = this.index;
    this.index = undefined;
    await current?.close();
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
