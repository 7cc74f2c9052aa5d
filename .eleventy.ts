/**
 * Eleventy configuration: a thin composition root. Content is loaded and validated
 * once (lib/site), pages are typed TypeScript templates (layouts/), and every rule
 * about releases, URLs and lists lives in lib/ where it is unit-tested without Eleventy.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "./lib/markdown/create-markdown.ts";
import { loadNewsroom, newsroomEnv } from "./lib/site/load-newsroom.ts";
import type { Newsroom } from "./lib/site/newsroom.ts";
import { loadSiteConfig } from "./lib/config/site-config.ts";
import { searchIndexPlugin } from "./lib/search/search-plugin.ts";
import { minifyStylesheetsPlugin } from "./lib/build/minify-stylesheets.ts";

export default function (eleventyConfig: UserConfig) {
  const settings = newsroomEnv();
  const site = loadSiteConfig(`${settings.contentDir}/site.json`);

  // Templates are TypeScript modules run through tsx (see the README's stack notes).
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  eleventyConfig.setLibrary("md", createMarkdown(site.markdown));

  // Releases are data, read once per build, not Eleventy templates (11ty/eleventy#3938).
  let newsroom: Newsroom | undefined;
  eleventyConfig.addGlobalData("newsroom", () => (newsroom = loadNewsroom(newsroomEnv())));
  eleventyConfig.addWatchTarget(`${settings.contentDir}/**/*`);

  eleventyConfig.addPassthroughCopy({ public: "/" });
  eleventyConfig.addPlugin(minifyStylesheetsPlugin);

  // Search: release pages go to Pagefind as they render; the index is written after (lib/search).
  eleventyConfig.addPlugin(searchIndexPlugin, { shardPlan: () => newsroom?.searchShards, shardOf: (url: string) => newsroom?.searchShardAt(url) });
  eleventyConfig.addWatchTarget("lib/search/client/**/*");
  eleventyConfig.setQuietMode(true);

  return {
    // No output folder here: the CLI default is _site/, and buildSite() passes its staging folder.
    dir: { input: "layouts/pages" },
    pathPrefix: site.pathPrefix,
  };
}
