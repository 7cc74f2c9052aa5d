import type { DateTime } from "luxon";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadSiteConfig, type SiteConfig, type SiteConfigOverrides } from "../config/site-config.ts";
import type { ContentProblem } from "../errors.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { byNewest, type Release } from "../model/release.ts";
import { termSpellingProblems } from "../taxonomy/term-spellings.ts";
import { decodeReleaseFile } from "./decode-file.ts";
import type { ParseCache } from "./parse-cache.ts";
import { parseRelease, type ParseResult } from "./parse-release.ts";

export interface LoadOptions {
  /** Folder holding site.json and releases/. */
  readonly contentDir: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  readonly root?: string;
  /** This run's settings over site.json (e.g. a sub-folder build's path prefix). */
  readonly overrides?: SiteConfigOverrides;
  /** The instant the build publishes at: changes and withdrawals dated after it are errors. */
  readonly buildTime: DateTime;
  /** Results of an earlier build to take for unchanged files (lib/content/parse-cache.ts). */
  readonly cache?: ParseCache | undefined;
}

export interface LoadedContent {
  readonly config: SiteConfig;
  /** The site.json it came from. */
  readonly configFile: string;
  /** Every valid release, drafts and scheduled ones included, newest first. */
  readonly releases: readonly Release[];
  /** Every problem found, errors and warnings, in file order. */
  readonly problems: readonly ContentProblem[];
}

/** File names of releases: `.md` and `.markdown`, in any case (`.MD` from Windows tools). */
const markdownFile = /\.(md|markdown)$/i;

/** Every Markdown file under `dir`, at any depth, in a stable order. */
export function listReleaseFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && markdownFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads and validates all content once; the build and `npm run check` share this. */
export function loadContent(options: LoadOptions): LoadedContent {
  const root = options.root ?? process.cwd();
  const configFile = path.join(options.contentDir, "site.json");
  const config = loadSiteConfig(configFile, options.overrides);
  const md = createMarkdown(config.markdown);
  const configKey = options.cache ? JSON.stringify(config) : "";
  const buildTimeMs = options.buildTime.toMillis();

  const results = listReleaseFiles(path.join(options.contentDir, "releases")).map((absolute) => {
    const file = path.relative(root, absolute).split(path.sep).join("/");
    const decoded = decodeReleaseFile(readFileSync(absolute));
    if (!decoded.ok) return undecodable(file, decoded.line);
    const digest = options.cache?.digest(decoded.text, configKey);
    let result = digest === undefined ? undefined : options.cache!.get(file, digest, buildTimeMs, decoded.text);
    if (!result) {
      result = parseRelease(file, decoded.text, config, md, options.buildTime);
      if (digest !== undefined) options.cache!.set(file, digest, buildTimeMs, result, decoded.text);
    }
    return result;
  });
  return { config, configFile, ...assembleReleases(results, config, root) };
}

/** The problem of a file that is not UTF-8. */
export function undecodable(file: string, line: number | undefined): ParseResult {
  return { problems: [{ file, line, field: "encoding", message: "the file is not valid UTF-8; save it as UTF-8 in your editor", severity: "error" }] };
}

/**
 * What the parsed files make together, in file order: releases that do not write another's
 * URL, newest first, and every problem, term spellings across releases included. Shared by
 * loadContent and the preview, which parses only the files that changed.
 */
export function assembleReleases(results: readonly ParseResult[], config: SiteConfig, root: string): { releases: Release[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const releases: Release[] = [];
  const byUrl = new Map<string, Release>();
  for (const result of results) {
    problems.push(...result.problems);
    const release = result.release;
    if (!release) continue;
    // Each language has its own folder of pages (issue #14): only the same language clashes.
    const clash = byUrl.get(`${release.lang} ${release.url}`);
    if (clash) {
      problems.push({
        file: release.sourcePath,
        field: "slug",
        message: `writes the same URL ${release.url} as ${clash.sourcePath}; give one of them a different title or a slug: field`,
        severity: "error",
      });
      continue;
    }
    byUrl.set(`${release.lang} ${release.url}`, release);
    releases.push(release);
  }
  // Every valid release, drafts and scheduled ones too: what a build shows of them is the
  // visibility rule's call (lib/visibility), made where the build time is known.
  // Each language has its own term pages (issue #14): "Prévention" and "Prevention" are not a clash.
  const byLanguage = new Map<string, Release[]>();
  for (const release of releases) {
    const group = byLanguage.get(release.lang);
    if (group) group.push(release);
    else byLanguage.set(release.lang, [release]);
  }
  for (const group of byLanguage.values()) problems.push(...termSpellingProblems(group, config, { readFile: (file) => readFileSync(path.resolve(root, file)) }));
  return { releases: releases.sort(byNewest), problems };
}
