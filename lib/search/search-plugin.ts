import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { PagefindIndexer, type IndexSummary } from "./pagefind-indexer.ts";

/** Where the search bundle lives in the output, and so the URL the search page loads it from. */
export const pagefindFolder = "pagefind";

/** The attribute that marks a page's indexed region; only release pages carry it. */
const indexedRegion = "data-pagefind-body";

let lastIndex: IndexSummary | undefined;

/** What the last search index written in this process cost (for `npm run bench`). */
export function lastSearchIndex(): IndexSummary | undefined {
  return lastIndex;
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
 * Eleventy renders it, and the index is written next to the pages when Eleventy is done.
 * Any Pagefind problem fails the build (a BuildError with Pagefind's message).
 */
export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  let indexer: PagefindIndexer | undefined;

  eleventyConfig.on("eleventy.before", async () => {
    // A build that failed half-way never reached eleventy.after; drop its index.
    await indexer?.close();
    indexer = await PagefindIndexer.start();
  });

  eleventyConfig.addTransform("pagefind-index", async function (this: TransformContext, content: unknown) {
    const { url, outputPath } = this.page;
    if (indexer && typeof content === "string" && typeof url === "string" && typeof outputPath === "string" && outputPath.endsWith(".html") && content.includes(indexedRegion)) {
      await indexer.add(url, content);
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories, runMode, outputMode }: BuildEvent) => {
    const current = indexer;
    indexer = undefined;
    if (!current) return;
    // Nothing is written for --to=json; and a dev-server rebuild that rendered no release
    // page (e.g. only a stylesheet changed) keeps the previous index rather than an empty one.
    if (outputMode !== "fs" || (runMode !== "build" && current.added === 0)) {
      await current.close();
      return;
    }
    lastIndex = await current.finish(path.join(directories.output, pagefindFolder));
  });
}
