import { DateTime } from "luxon";
import { loadValidContent, type LoadedContent } from "../content/load-content.ts";
import { formatProblem, ConfigError } from "../errors.ts";
import { Newsroom, type BuildMode } from "./newsroom.ts";

export interface NewsroomEnv {
  /** Folder with site.json and releases/ (NEWSROOM_CONTENT_DIR, default "content"). */
  readonly contentDir: string;
  readonly mode: BuildMode;
  /** "Now" for the news sitemap and feeds; NEWSROOM_BUILD_TIME makes builds reproducible in tests. */
  readonly buildTime: DateTime;
}

/** Reads the settings a build takes from the environment, so tests can build fixture sites. */
export function newsroomEnv(env: NodeJS.ProcessEnv = process.env): NewsroomEnv {
  const runMode = env["ELEVENTY_RUN_MODE"];
  const mode: BuildMode =
    env["NEWSROOM_MODE"] === "production" || env["NEWSROOM_MODE"] === "development"
      ? env["NEWSROOM_MODE"]
      : runMode === "serve" || runMode === "watch" ? "development" : "production";
  const rawTime = env["NEWSROOM_BUILD_TIME"];
  const buildTime = rawTime ? DateTime.fromISO(rawTime, { setZone: true }) : DateTime.now();
  if (!buildTime.isValid) throw new ConfigError(`NEWSROOM_BUILD_TIME="${rawTime}" is not an ISO date-time; use e.g. 2026-11-30T12:00:00+01:00 or leave it unset.`);
  return { contentDir: env["NEWSROOM_CONTENT_DIR"] ?? "content", mode, buildTime };
}

let prepared: LoadedContent | undefined;

/**
 * Runs `build` with content that was already loaded and validated for the same
 * settings, so Eleventy's global data does not read and parse every release again
 * (buildSite validates before it writes). Eleventy's own `config` option cannot do
 * this: it runs before the config file, whose global data then replaces it.
 */
export async function withPreparedContent<T>(content: LoadedContent, build: () => Promise<T>): Promise<T> {
  prepared = content;
  try {
    return await build();
  } finally {
    prepared = undefined;
  }
}

/** Loads and validates all content once and builds the model every template reads. */
export function loadNewsroom(settings: NewsroomEnv, log: (line: string) => void = (l) => console.warn(l)): Newsroom {
  const content = prepared ?? loadValidContent({ contentDir: settings.contentDir, includeDrafts: settings.mode === "development" });
  for (const warning of content.problems.filter((p) => p.severity === "warning")) log(formatProblem(warning));
  return new Newsroom(content.config, content.releases, settings.mode, settings.buildTime);
}
