import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadValidContent } from "../content/load-content.ts";
import { withPreparedContent } from "../site/load-newsroom.ts";
import { BuildError, NewsroomError } from "../errors.ts";
import type { BuildMode } from "../site/newsroom.ts";

export interface BuildOptions {
  /** Folder with site.json and releases/ (default "content"). */
  readonly contentDir?: string;
  /** Where the finished site ends up (default "_site"). */
  readonly outDir?: string;
  /** Overrides site.json's pathPrefix, e.g. "/newsroom/". */
  readonly pathPrefix?: string;
  /** ISO date-time used as "now" (news sitemap, feeds). */
  readonly buildTime?: string;
  readonly mode?: BuildMode;
}

export interface BuildResult {
  readonly outDir: string;
  readonly releases: number;
  readonly files: number;
  readonly seconds: number;
  /** Seconds per phase, for `npm run bench` (issue #6); a phase the build did not run is absent. */
  readonly timings?: BuildTimings;
}

export interface BuildTimings {
  /** Reading and validating content before anything is written. */
  readonly validate?: number;
  /** Eleventy rendering and writing every page. */
  readonly eleventy?: number;
  /** Building the Pagefind search index. */
  readonly pagefind?: number;
}

const configPath = path.resolve(import.meta.dirname, "../../.eleventy.ts");
const inputDir = path.resolve(import.meta.dirname, "../../layouts/pages");

/**
 * The production build. Content is validated before anything is written; the site is
 * written into a fresh sibling folder and swapped in only when complete, so a failed
 * build leaves the previous site as it was and no page of an earlier build survives.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = path.resolve(options.contentDir ?? "content");
  const outDir = path.resolve(options.outDir ?? "_site");
  const mode = options.mode ?? "production";

  const env: Record<string, string | undefined> = {
    NEWSROOM_CONTENT_DIR: contentDir,
    NEWSROOM_MODE: mode,
    NEWSROOM_PATH_PREFIX: options.pathPrefix,
    NEWSROOM_BUILD_TIME: options.buildTime,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }

  const staging = `${outDir}.building-${process.pid}`;
  try {
    // Fails with every problem listed, before a single file is written.
    const content = loadValidContent({ contentDir, includeDrafts: mode === "development" });
    const validated = performance.now();
    await rm(staging, { recursive: true, force: true });
    await mkdir(path.dirname(outDir), { recursive: true });

    const eleventy = new Eleventy(inputDir, staging, { configPath, quietMode: true });
    let files = 0;
    let rendered = validated;
    try {
      const written = (await withPreparedContent(content, () => eleventy.write())) as unknown;
      rendered = performance.now();
      files = countWritten(written);
    } catch (cause) {
      if (cause instanceof NewsroomError) throw cause;
      throw new BuildError(`Eleventy could not write the site: ${(cause as Error).message}. The previous ${path.basename(outDir)}/ is unchanged.`, { cause });
    }

    const previous = `${outDir}.previous-${process.pid}`;
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(staging, outDir);
    await rm(previous, { recursive: true, force: true });
    const timings: BuildTimings = { validate: (validated - started) / 1000, eleventy: (rendered - validated) / 1000 };
    return { outDir, releases: content.releases.length, files, seconds: (performance.now() - started) / 1000, timings };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function countWritten(written: unknown): number {
  // Eleventy 3 resolves write() to [passthroughResults, templateResults].
  if (!Array.isArray(written)) return 0;
  return written.flat(2).filter((entry) => entry && typeof entry === "object" && "outputPath" in entry).length;
}
