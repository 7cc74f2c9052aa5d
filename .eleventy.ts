/**
 * Eleventy configuration: a thin composition root. Content is loaded and validated
 * before Eleventy starts (lib/build), pages are typed TypeScript templates (layouts/),
 * and every rule about releases, URLs and lists lives in lib/ where it is unit-tested
 * without Eleventy. Settings arrive as arguments (`newsroomEleventy`), never through
 * the environment; `npm run build` and `npm start` call it through lib/build.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "./lib/markdown/create-markdown.ts";
import type { Newsroom } from "./lib/site/newsroom.ts";
import type { SearchIndexRun } from "./lib/search/search-plugin.ts";
import { searchIndexPlugin } from "./lib/search/search-plugin.ts";
import { minifyStylesheetsPlugin } from "./lib/build/minify-stylesheets.ts";
import { adminBundleCopy } from "./lib/cms/admin-files.ts";

export interface EleventyInputs {
  /** The validated model every template reads. */
  readonly newsroom: Newsroom;
  /**
   * Folder copied to the site root as it is (checked for links that leave the project);
   * on a multilingual site only the default language's build copies it (issue #14).
   */
  readonly publicDir: string | undefined;
  /** The search index of this build; the caller closes it when the build fails. */
  readonly search: SearchIndexRun;
}

export function newsroomEleventy({ newsroom, publicDir, search }: EleventyInputs) {
  return (eleventyConfig: UserConfig): void => {
    // Templates are TypeScript modules run through tsx (see docs/architecture.md).
    eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
    eleventyConfig.setTemplateFormats(["11ty.ts"]);
    eleventyConfig.setLibrary("md", createMarkdown(newsroom.config.markdown));

    // Releases are data, read once per build, not Eleventy templates (11ty/eleventy#3938).
    eleventyConfig.addGlobalData("newsroom", () => newsroom);

    // Files the whole site has once are copied by the default language's build (issue #14).
    if (publicDir !== undefined) {
      eleventyConfig.addPassthroughCopy({ [publicDir]: "/" });
      // The browser editor's bundle, as Decap ships it, beside /admin/index.html (lib/cms).
      eleventyConfig.addPassthroughCopy(adminBundleCopy());
    }
    eleventyConfig.addPlugin(minifyStylesheetsPlugin);

    // Search: release pages go to Pagefind as they render; the index is written after (lib/search).
    eleventyConfig.addPlugin(searchIndexPlugin, search);
    eleventyConfig.setQuietMode(true);
  };
}

/**
 * The plain Eleventy CLI (`eleventy --config=.eleventy.ts`) is not a supported way to
 * build: it would skip validation, the atomic swap and the preview's separate folder.
 */
export default function (): never {
  throw new Error("Build with `npm run build` and preview with `npm start`; the Eleventy CLI alone skips validation and the atomic swap (docs/architecture.md).");
}
