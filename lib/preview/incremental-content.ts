/**
 * The preview's validation, at the cost of what changed (issue #13). It gives exactly what
 * `validateSite` (lib/build/validate-site.ts) gives, so the preview shows the problems
 * `npm run check` and the build report, but parses only the release files whose path,
 * size or modification time changed since the last call; the rest comes from a cache.
 * At 10,000 releases parsing is about 2.4 s of validateSite's 3.5 s; listing and
 * checking every file's size and time costs about 0.1 s.
 *
 * What loadContent and validateSite do after parsing (the URL clash check, the term
 * spellings, the newest-first order, old addresses and public/) is repeated here in the
 * same order; tests/unit/preview-content.test.ts holds both paths to the same result.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { MarkdownIt } from "markdown-it";
import { publicFolderProblems } from "../build/public-folder.ts";
import { mediaProblems } from "../media/media-problems.ts";
import { loadSiteConfig, type SiteConfig } from "../config/site-config.ts";
import { decodeReleaseFile } from "../content/decode-file.ts";
import { assembleReleases, listReleaseFiles, undecodable, type LoadedContent } from "../content/load-content.ts";
import { oldAddressProblems } from "../build/validate-site.ts";
import { parseRelease, type ParseResult } from "../content/parse-release.ts";
import { ConfigError, type ContentProblem } from "../errors.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { Newsroom } from "../site/newsroom.ts";

export interface PreviewSources {
  /** Folder with site.json and releases/. */
  readonly contentDir: string;
  /** Folder published at the site root as it is. */
  readonly publicDir: string;
  /** This run's path prefix over site.json's, if any. */
  readonly pathPrefix?: string | undefined;
}

export interface PreviewValidation {
  /** What validateSite returns for the same sources and build time. */
  readonly content: LoadedContent;
  readonly problems: readonly ContentProblem[];
  /**
   * The preview's model of this content (development mode: drafts and scheduled
   * releases shown, marked). Built here because the old-address check needs every page
   * a build writes, and the preview's model is that build; valid only when `problems`
   * holds no error.
   */
  readonly newsroom: Newsroom;
  /** Release files read and parsed by this call (the rest came from the cache). */
  readonly parsed: number;
}

interface CachedFile {
  /** Size, modification and change time and inode: a save changes at least one. */
  readonly stamp: string;
  /**
   * Whether the file was read long enough after its last modification that a later one
   * must show in its times: the kernel stamps files with a clock that advances a few
   * milliseconds at a time, so a second write within that step, of the same size, would
   * otherwise look unchanged.
   */
  readonly settled: boolean;
  readonly result: ParseResult;
  readonly hasError: boolean;
  /** The build time the file was checked against. */
  readonly checkedAt: number;
}

/** Longer than the kernel's timestamp step (one scheduler tick, at most 10 ms). */
const settleMs = 100;

export class IncrementalContent {
  private readonly files = new Map<string, CachedFile>();
  private configKey: string | undefined;
  private md: MarkdownIt | undefined;

  constructor(
    private readonly sources: PreviewSources,
    /** Paths in messages are relative to this folder, as loadContent's are. */
    private readonly root: string = process.cwd(),
  ) {}

  /**
   * Validates the content as validateSite would at `buildTime`. Throws the same
   * ConfigError for a missing releases/ folder or an invalid site.json.
   */
  load(buildTime: DateTime): PreviewValidation {
    const { contentDir, publicDir, pathPrefix } = this.sources;
    const releasesDir = path.join(contentDir, "releases");
    let isFolder = false;
    try {
      isFolder = statSync(releasesDir).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) {
      throw new ConfigError(
        `${releasesDir} does not exist, so there is nothing to publish. Check the content folder (NEWSROOM_CONTENT_DIR or --content, now ${contentDir}); a renamed or moved releases/ folder must be moved back. Nothing was built.`,
      );
    }
    const configFile = path.join(contentDir, "site.json");
    const config = loadSiteConfig(configFile, { pathPrefix });
    const md = this.markdownFor(config);

    const now = buildTime.toMillis();
    const present = new Set<string>();
    let parsed = 0;
    const results = listReleaseFiles(releasesDir).map((absolute) => {
      present.add(absolute);
      return this.parsedFile(absolute, config, md, buildTime, now, () => parsed++);
    });
    for (const file of this.files.keys()) if (!present.has(file)) this.files.delete(file);

    const { releases, problems } = assembleReleases(results, config, this.root);
    const content: LoadedContent = { config, configFile, releases, problems };
    const newsroom = new Newsroom(config, releases, "development", buildTime);
    return {
      content,
      problems: [...problems, ...mediaProblems(releases, { contentDir: path.resolve(contentDir), root: this.root }), ...oldAddressProblems(content, buildTime, newsroom), ...publicFolderProblems(publicDir)],
      newsroom,
      parsed,
    };
  }

  /** One file's parse, from the cache when the file is unchanged and nothing else forbids it. */
  private parsedFile(absolute: string, config: SiteConfig, md: MarkdownIt, buildTime: DateTime, now: number, counted: () => void): ParseResult {
    let stamp = "gone";
    let modified = 0;
    try {
      const stats = statSync(absolute);
      stamp = `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
      modified = Math.max(stats.mtimeMs, stats.ctimeMs);
    } catch {
      // Deleted between the listing and now; the next change event lists it no more.
    }
    const cached = this.files.get(absolute);
    // The build time reaches a parse only through "dated after this build" errors, and a
    // date at or before one instant stays so at every later one: a file that passed
    // stays passed as the clock moves on. A file with an error is checked again each time.
    if (cached && cached.stamp === stamp && cached.settled && !cached.hasError && cached.checkedAt <= now) return cached.result;
    counted();
    const file = path.relative(this.root, absolute).split(path.sep).join("/");
    const readAt = Date.now();
    const result = parseOne(absolute, file, config, md, buildTime);
    this.files.set(absolute, { stamp, settled: readAt - modified > settleMs, result, hasError: result.problems.some((p) => p.severity === "error"), checkedAt: now });
    return result;
  }

  /** A changed site.json (or path prefix) can change every release: the cache starts again. */
  private markdownFor(config: SiteConfig): MarkdownIt {
    const key = JSON.stringify(config);
    if (key !== this.configKey || !this.md) {
      this.files.clear();
      this.configKey = key;
      this.md = createMarkdown(config.markdown);
    }
    return this.md;
  }
}

function parseOne(absolute: string, file: string, config: SiteConfig, md: MarkdownIt, buildTime: DateTime): ParseResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch {
    // Removed while being read: the watcher reports the removal and the next call drops it.
    return { problems: [] };
  }
  const decoded = decodeReleaseFile(bytes);
  if (!decoded.ok) return undecodable(file, decoded.line);
  return parseRelease(file, decoded.text, config, md, buildTime);
}
