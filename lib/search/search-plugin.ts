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
  readonly runMode: "build" | "watch" | "serve";
  readonly outputMode: "fs" | "json" | "ndjson";
}

interface TransformContext {
  readonly page: { readonly url: string | false; readonly outputPath: string | false };
}

/**
 * Builds the Pagefind index in the same run as the site, for `npm run build` and the
 * dev server alike: each page that has an indexed region is handed to Pagefind as
 * Eleventy renders it, into the shard of its release, and each shard is written as soon
 * as it is complete (search-shards.ts). Any Pagefind problem fails the build (a
 * BuildError with Pagefind's message).
 */
export function searchIndexPlugin(eleventyConfig: UserConfig, options: SearchIndexOptions): void {
  let index: ShardedIndex | undefined;
  let event: BuildEvent | undefined;

  eleventyConfig.on("eleventy.before", async (before: BuildEvent) => {
    // A build that failed half-way never reached eleventy.after; drop its index.
    await index?.close();
    event = before;
    index = before.outputMode === "fs" ? new ShardedIndex(before.directories.output, (shard) => options.shardPlan()?.pages[shard - 1]) : undefined;
  });

  eleventyConfig.addTransform("pagefind-index", async function (this: TransformContext, content: unknown) {
    const { url, outputPath } = this.page;
    if (index && typeof content === "string" && typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") && content.includes(indexedRegion)) {
      await index.add(options.shardOf(url) ?? 1, url, content);
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async () => {
    const current = index;
    index = undefined;
    if (!current) return;
    // A dev-server rebuild that rendered no release page (e.g. only a stylesheet changed)
    // keeps the previous index rather than an empty one.
    if (event?.runMode !== "build" && current.added === 0) {
      await current.close();
      return;
    }
    await current.finish();
  });
}
