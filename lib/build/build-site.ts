import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { DateTime } from "luxon";
import { newsroomEleventy } from "../../.eleventy.ts";
import { BuildError, ContentError, formatProblem, NewsroomError } from "../errors.ts";
import { SearchIndexRun } from "../search/search-plugin.ts";
import { MultilingualSite, releasesFolderOf } from "../languages/multilingual-site.ts";
import type { BuildMode, Newsroom } from "../site/newsroom.ts";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { type BuildPlan, fullPlan, type IncrementalRecord, planBuild, recordOf } from "./incremental/build-plan.ts";
import { codeVersion } from "./incremental/code-version.ts";
import { ParseCache } from "../content/parse-cache.ts";
import { siteFingerprints, type SiteFingerprints } from "./incremental/fingerprints.ts";
import { pageFile, readBuildExtras, readIncrementalRecord, reuseOutputs, writeBuildExtras, writeIncrementalRecord } from "./incremental/reuse.ts";
import { applyOnto, buildFiles, claimedRecords, claimStandby, extrasOf, filesUnder, findStandby, keptFiles, type PlanCost, releaseStandby, standbyIsCheaper } from "./incremental/standby.ts";
import { discardStaging, liveBuild, prepareOutputFolder, publishBuild, removeStaleBuilds } from "./output-folder.ts";
import { guardAgainstShrinking, readBuildRecord, writeBuildRecord } from "./shrink-guard.ts";
import { parseBuildTime } from "./build-time.ts";
import { validateSite } from "./validate-site.ts";
import { scheduledReleases, type ScheduledRelease } from "../visibility/schedule.ts";
import { writeNextPublication } from "./next-publication.ts";
import { siteMediaFor } from "../media/site-media.ts";
import { pruneImageCache, writeMedia } from "../media/write-media.ts";

/** Every setting of one build, passed explicitly (scripts read the environment and flags). */
export interface BuildOptions {
  /** Folder with site.json and releases/ (default "content"). */
  readonly contentDir?: string;
  /** Folder copied to the site root as it is (default "public"). */
  readonly publicDir?: string;
  /** Where the finished site is published, as a link to the build (default "_site"). */
  readonly outDir?: string;
  /** Overrides site.json's pathPrefix, e.g. "/newsroom/". */
  readonly pathPrefix?: string | undefined;
  /** ISO date-time used as "now" (news sitemap, feeds); default the current time. */
  readonly buildTime?: string | undefined;
  /** "development" is the preview: drafts included, never deployed. Default "production". */
  readonly mode?: BuildMode;
  /** Publish even when the build holds fewer than half the releases of the live site. */
  readonly allowShrink?: boolean;
  /** Render every page and index every shard, ignoring what the previous build left (`--clean`). */
  readonly clean?: boolean;
  /**
   * A digest of the code that renders the site (default: read from lib/, layouts/ and the
   * lockfile); a different one makes a full build. Tests pass one to stand for a code change.
   */
  readonly codeVersion?: string;
  /** Where warnings go (default stderr). */
  readonly log?: (line: string) => void;
}

export interface BuildResult {
  readonly outDir: string;
  readonly releases: number;
  readonly files: number;
  readonly seconds: number;
  /** Seconds per phase, for `npm run bench` (issue #6); a phase the build did not run is absent. */
  readonly timings?: BuildTimings;
  /** The next scheduled release, when the site must be built again (also in the store's next-publication.json). */
  readonly nextPublication?: ScheduledRelease | undefined;
  /** What an incremental build rendered and took from the previous build (issue #13). */
  readonly incremental: IncrementalSummary;
}

export interface IncrementalSummary {
  /** Why every page was rendered, or undefined when the previous build was reused. */
  readonly fullBecause: string | undefined;
  /** Release, list and index pages rendered, and taken from the previous build. */
  readonly renderedPages: number;
  readonly reusedPages: number;
  /** Search shards indexed, and taken from the previous build. */
  readonly indexedShards: number;
  readonly reusedShards: number;
  /**
   * Which build the unchanged files came from: "standby", the build before the live one,
   * brought up to date in place, or "live", whose unchanged files were linked into a new
   * folder (lib/build/incremental/standby.ts). Undefined for a full build.
   */
  readonly base?: "standby" | "live" | undefined;
}

export interface BuildTimings {
  /** Reading and validating content before anything is written. */
  readonly validate?: number;
  /** Eleventy rendering and writing every page. */
  readonly eleventy?: number;
  /** Building the Pagefind search index. */
  readonly pagefind?: number;
  /** Building the model and fingerprinting every output against the previous build. */
  readonly plan?: number;
  /** Taking unchanged pages and shards from the previous build. */
  readonly reuse?: number;
}

const inputDir = path.resolve(import.meta.dirname, "../../layouts/pages");
const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * The production build (and the preview's, in development mode). Content is validated
 * before anything is written; the site is written into a new folder of the build store
 * and published by replacing the output link in one rename (output-folder.ts), so a
 * failed or killed build leaves the previous site as it was, and no page of an earlier
 * build survives. Every failure is a NewsroomError with a message, never a bare trace.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const contentDir = path.resolve(options.contentDir ?? "content");
  const publicDir = path.resolve(options.publicDir ?? "public");
  const outDir = path.resolve(options.outDir ?? "_site");
  const mode = options.mode ?? "production";
  const log = options.log ?? ((line: string) => console.warn(line));
  const buildTime = parseBuildTime(options.buildTime);

  // Fails with every problem listed, before a single file is written.
  const code = options.codeVersion ?? codeVersion(projectRoot);
  const parseCache = ParseCache.open(path.join(`${outDir}.builds`, "parse-cache.json"), code, options.clean);
  const { content, problems } = validateSite({ contentDir, publicDir, pathPrefix: options.pathPrefix, buildTime, cache: parseCache });
  if (problems.some((p) => p.severity === "error")) throw new ContentError(problems);
  const validated = performance.now();

  for (const warning of content.problems.filter((p) => p.severity === "warning")) log(formatProblem(warning));
  // One Newsroom per language (issue #14); a single-language site has one, as before.
  const site = new MultilingualSite(content, mode, buildTime, releasesFolderOf(contentDir));
  // Images and documents of the pages this build writes (issue #11); renditions are kept
  // between builds in the store's images/ folder, so a rebuild encodes only new images.
  const imageCache = path.join(`${outDir}.builds`, "images");
  const folder = prepareOutputFolder(outDir);
  const live = liveBuild(outDir);
  // Incremental builds (issue #13): pages and search shards whose fingerprint is unchanged
  // are kept; the rest is rendered as a clean build would. The base is the standby (the
  // build before the live one, updated in place: incremental/standby.ts) when every
  // language can start from it, else the live build, whose unchanged files are linked.
  const planned = site.newsrooms.map((newsroom) => {
    const segment = newsroom.languageLinks?.language.segment ?? "";
    const media = siteMediaFor(newsroom, { contentDir, root: process.cwd(), cacheDir: imageCache });
    newsroom.useMedia(media);
    const key = buildKey(code, newsroom, mode);
    const liveRecord = options.clean ? undefined : readIncrementalRecord(folder.store, live, segment);
    const fingerprints = siteFingerprints(newsroom);
    const recordAt = (base: string | undefined) => (base === live ? liveRecord : readIncrementalRecord(folder.store, base, segment));
    const planWith = (record: IncrementalRecord | undefined) => (options.clean ? fullPlan(fingerprints, "--clean") : planBuild(fingerprints, key, record));
    return { newsroom, segment, media, key, fingerprints, recordAt, planWith };
  });
  const candidate = options.clean ? undefined : findStandby(folder.store, live);
  const standbyRecords = candidate ? planned.map((language) => language.recordAt(candidate)) : [];
  const standbyExtras = candidate ? readBuildExtras(folder.store, candidate) : undefined;
  const standbyPlans = standbyRecords.map((record, i) => planned[i]!.planWith(record));
  const livePlans = planned.map((language) => language.planWith(language.recordAt(live)));
  const usable = candidate !== undefined && standbyExtras !== undefined && standbyPlans.every((plan) => plan.fullBecause === undefined);
  const cheaper = usable && (livePlans.some((plan) => plan.fullBecause !== undefined) || standbyIsCheaper(costOf(planned, standbyPlans, false), costOf(planned, livePlans, true)));
  const standby = cheaper && claimStandby(folder.store, candidate) ? candidate : undefined;
  const base = standby ?? live;
  const languages = planned.map((language, i) => {
    const { newsroom, segment } = language;
    const staging = segment ? path.join(folder.staging, segment) : folder.staging;
    // Taking pages from the previous build starts from an existing folder.
    mkdirSync(staging, { recursive: true });
    const previous = base && segment ? path.join(base, segment) : base;
    const plan = standby ? standbyPlans[i]! : livePlans[i]!;
    newsroom.renderOnly(plan.render);
    const fingerprints = language.fingerprints;
    const search = new SearchIndexRun({
      shardPlan: () => newsroom.searchShards,
      shardOf: (url) => newsroom.searchShardAt(url),
      shardPages: (shard) => fingerprints.shardPages.get(shard),
      indexes: (shard) => plan.indexShards.has(shard),
      rendered: (url) => plan.render.has(url),
      previousHtml: (url) => readFileSync(pageFile(previous!, url), "utf8"),
    });
    const reusedPages = [...fingerprints.outputs.keys()].filter((output) => !plan.render.has(output));
    // A shard without pages (a language with no release yet) has no folder to take.
    const reusedShards = newsroom.searchShards.pages.map((_, i) => i + 1).filter((shard) => fingerprints.shards.has(shard) && !plan.indexShards.has(shard));
    return { ...language, staging, previous, plan, search, reusedPages, reusedShards };
  });
  const medias = languages.map((language) => language.media);
  const pageCount = site.newsrooms.reduce((sum, newsroom) => sum + newsroom.pages.length, 0);
  const plannedAt = performance.now();
  let files = 0;
  let rendered = validated;
  let reused = validated;
  let written = validated;
  let standbyTouched = false;
  try {
    await removeStaleBuilds(folder, log, standby);
    if (mode === "production" && !options.allowShrink) guardAgainstShrinking(readBuildRecord(folder.store), pageCount, outDir);
    // Unchanged outputs of the live build are linked while Eleventy renders the rest; the
    // standby holds them already.
    const reuse = Promise.all(languages.map((language) => (!standby && language.previous && language.plan.fullBecause === undefined
      ? reuseOutputs(language.previous, language.staging, language.reusedPages, language.reusedShards)
      : Promise.resolve()))).then(() => void (reused = performance.now()));
    reuse.catch(() => undefined);
    const mediaWrite = writeMedia(medias, folder.staging, imageCache, (source) => path.relative(process.cwd(), source));
    mediaWrite.catch(() => undefined);
    for (const language of languages) {
      const eleventy = new Eleventy(inputDir, language.staging, {
        // No config file: the configuration is composed with this build's settings.
        configPath: "",
        config: newsroomEleventy({ newsroom: language.newsroom, publicDir: language.newsroom.writesSiteFiles ? publicDir : undefined, search: language.search }),
        pathPrefix: language.newsroom.config.pathPrefix,
        quietMode: true,
      });
      try {
        files += countWritten(await eleventy.write());
      } catch (cause) {
        throw asBuildError(cause, outDir);
      }
    }
    written = performance.now();
    try {
      await reuse;
    } catch (cause) {
      throw new BuildError(`Pages of the previous build could not be taken into this one (${(cause as Error).message}). Build again with --clean.`, { cause });
    }
    files += (await mediaWrite).files;
    const outputs = languages.map(({ segment, fingerprints }) => ({ segment, outputs: [...fingerprints.outputs.keys()] }));
    let extras: string[];
    if (standby) {
      standbyTouched = true;
      const standbyOutputs = languages.map(({ segment }, i) => ({ segment, outputs: Object.keys(standbyRecords[i]!.outputs) }));
      try {
        extras = extrasOf(applyOnto(standby, folder.staging, keptFiles(languages), buildFiles(standbyOutputs, standbyExtras!)), outputs);
      } catch (cause) {
        throw new BuildError(`The previous build could not be brought up to date (${(cause as Error).message}). The live site is unchanged; build again (the next build starts from the live site).`, { cause });
      }
      reused = performance.now();
    } else {
      extras = extrasOf(filesUnder(folder.staging, ""), outputs);
    }
    reused = Math.max(reused, written);
    rendered = performance.now();
    await publishBuild(folder, standby ?? folder.staging);
    if (standby) {
      await discardStaging(folder);
      rmSync(claimedRecords(folder.store, standby), { recursive: true, force: true });
    }
    writeBuildExtras(folder.store, path.basename(standby ?? folder.staging), extras);
    for (const language of languages) writeIncrementalRecord(folder.store, recordOf(path.basename(standby ?? folder.staging), language.key, language.fingerprints), language.segment);
    parseCache?.save();
    await pruneImageCache(medias, imageCache);
    if (mode === "production") writeBuildRecord(folder.store, { releases: pageCount, builtAt: DateTime.now().toISO() ?? "" });
  } catch (error) {
    for (const language of languages) await language.search.close().catch(() => undefined);
    await discardStaging(folder);
    // A standby this build did not change yet is offered to the next build again.
    if (standby && !standbyTouched) releaseStandby(folder.store, standby);
    throw error instanceof NewsroomError ? error : asBuildError(error, outDir);
  }
  const timings: BuildTimings = {
    validate: (validated - started) / 1000,
    plan: (plannedAt - validated) / 1000,
    eleventy: (written - plannedAt) / 1000,
    // Reuse runs beside Eleventy: what it added to the wall time.
    reuse: (reused - written) / 1000,
  };
  const nextPublication = scheduledReleases(content.releases, buildTime, content.config.timeZone, content.config.language)[0];
  if (mode === "production") writeNextPublication(folder.store, nextPublication);
  const full = languages.find((language) => language.plan.fullBecause !== undefined)?.plan.fullBecause;
  const sum = (count: (language: (typeof languages)[number]) => number) => languages.reduce((total, language) => total + count(language), 0);
  const incremental: IncrementalSummary = full === undefined
    ? {
      fullBecause: undefined,
      renderedPages: sum((l) => l.plan.render.size),
      reusedPages: sum((l) => l.reusedPages.length),
      indexedShards: sum((l) => l.plan.indexShards.size),
      reusedShards: sum((l) => l.reusedShards.length),
      base: standby ? "standby" : "live",
    }
    : { fullBecause: full, renderedPages: sum((l) => l.fingerprints.outputs.size), reusedPages: 0, indexedShards: sum((l) => l.newsroom.searchShards.pages.length), reusedShards: 0 };
  return { outDir, releases: sum((l) => l.newsroom.releases.length), files, seconds: (performance.now() - started) / 1000, timings, nextPublication, incremental };
}

/** Everything besides the content a page's bytes depend on: the code, the configuration, the mode. */
function buildKey(code: string, newsroom: Newsroom, mode: BuildMode): string {
  return createHash("sha256").update(JSON.stringify([code, newsroom.config, mode])).digest("base64url");
}

function asBuildError(cause: unknown, outDir: string): NewsroomError {
  if (cause instanceof NewsroomError) return cause;
  // Eleventy wraps a template's own error; the root cause is what a person can act on.
  let root = cause as Error & { originalError?: Error };
  while (root?.originalError) root = root.originalError as Error & { originalError?: Error };
  if (root instanceof NewsroomError) return root;
  const code = (root as NodeJS.ErrnoException | undefined)?.code;
  const hint = code === "ENOSPC" ? " The disk is full; free space and build again." : code === "ENAMETOOLONG" ? " A page path is longer than the file system allows; shorten the slug: of the release named above." : "";
  return new BuildError(`The site could not be written: ${root?.message ?? String(cause)}.${hint} The previous ${path.basename(outDir)} is unchanged.`, { cause });
}

function countWritten(written: unknown): number {
  // Eleventy 3 resolves write() to [passthroughResults, templateResults].
  if (!Array.isArray(written)) return 0;
  return written.flat(2).filter((entry) => entry && typeof entry === "object" && "outputPath" in entry).length;
}

/** The work `plans` would do for each language: pages rendered, shard pages indexed, and, when `linked`, files taken by a link. */
function costOf(languages: readonly { readonly fingerprints: SiteFingerprints }[], plans: readonly BuildPlan[], linked: boolean): PlanCost {
  let rendered = 0;
  let indexed = 0;
  let kept = 0;
  languages.forEach(({ fingerprints }, i) => {
    const plan = plans[i]!;
    rendered += plan.render.size;
    kept += fingerprints.outputs.size - plan.render.size;
    for (const [shard, pages] of fingerprints.shardPages) {
      if (plan.indexShards.has(shard)) indexed += pages.length;
      // A shard's folder holds about one file per page (its fragments).
      else kept += pages.length;
    }
  });
  return { rendered, indexed, linked: linked ? kept : 0 };
}
