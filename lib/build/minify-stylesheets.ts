import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { transform } from "esbuild";

/**
 * Stylesheets in public/ are written for people (comments, one rule a line) and
 * copied as they are; the built copies are minified, because a release page with its
 * CSS must stay under 20 KB (benchmark issue). The dev server serves the sources.
 */
export async function minifyStylesheets(outputDir: string): Promise<void> {
  const assets = path.join(outputDir, "assets");
  const names = await readdir(assets).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.endsWith(".css"))
      .map(async (name) => {
        const file = path.join(assets, name);
        const { code } = await transform(await readFile(file, "utf8"), { loader: "css", minify: true, target: "chrome100" });
        await writeFile(file, withoutCustomPropertySpaces(code));
      }),
  );
}

/**
 * esbuild keeps a custom property's value as written, space after the colon included
 * (`--ink: #1b1f24`); CSS drops that space when it parses the declaration, so the built
 * copy leaves it out (issue #15: site.css is loaded by every page).
 */
export function withoutCustomPropertySpaces(css: string): string {
  return css.replace(/([{;]--[\w-]+):\s+/g, "$1:");
}

interface AfterEvent {
  // `directories.output` is the folder actually written; `dir.output` keeps the config's default.
  readonly directories: { readonly output: string };
  readonly runMode: string;
  readonly outputMode: string;
}

export function minifyStylesheetsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode, outputMode }: AfterEvent) => {
    if (runMode === "build" && outputMode === "fs") await minifyStylesheets(directories.output);
  });
}
