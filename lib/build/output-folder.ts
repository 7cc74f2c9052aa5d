import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, statSync, symlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { BuildError } from "../errors.ts";
import { claimOf, removeStaleRecords } from "./incremental/standby.ts";

/**
 * Where a build writes and how the finished site replaces the previous one.
 *
 * The output folder (`_site`) is a symbolic link to a complete build in a sibling store
 * (`_site.builds/`). A build writes a new folder in the store and then replaces the
 * link with one rename, which is atomic: a web server or a deploy reading `_site` sees
 * the old site or the new one, never a half-written or missing one. A second rename of
 * folders could not give that: a kill between the two would leave no `_site` at all.
 */
export interface OutputFolder {
  /** The path readers use, e.g. /project/_site. */
  readonly outDir: string;
  /** The store of builds beside it, e.g. /project/_site.builds. */
  readonly store: string;
  /** This build's folder in the store; Eleventy writes here. */
  readonly staging: string;
}

const stagingName = (pid: number) => `build-${new Date().toISOString().replace(/[:.]/g, "-")}-${pid}`;

/** Checks the output path, creates the store and a fresh staging folder in it. */
export function prepareOutputFolder(outDir: string): OutputFolder {
  const store = `${outDir}.builds`;
  refuseForeignOutput(outDir, store);
  makeFolders(store, outDir);
  const staging = path.join(store, stagingName(process.pid));
  try {
    mkdirSync(staging);
  } catch (cause) {
    throw cannotWrite(staging, outDir, cause);
  }
  return { outDir, store, staging };
}

/**
 * Removes what earlier builds left in the store: folders of builds that were killed or
 * failed, and superseded builds. The live site, the standby this build updates (`keep`;
 * lib/build/incremental/standby.ts) and the staging folders of builds still running (a
 * concurrent `npm run build`) are kept. Never fails the build: a folder that cannot be
 * removed now (say, an orphaned Pagefind still writing into it) is tried again by the
 * next build.
 */
export async function removeStaleBuilds(folder: OutputFolder, log: (line: string) => void, keep?: string): Promise<void> {
  const live = liveTarget(folder.outDir);
  for (const name of readdirSync(folder.store)) {
    const full = path.join(folder.store, name);
    if (full === live || full === folder.staging || full === keep) continue;
    const pid = Number(/-(\d+)$/.exec(name)?.[1]);
    if (!name.startsWith("build-") || (pid !== process.pid && isRunning(pid)) || claimedByRunningBuild(folder.store, name)) continue;
    await rm(full, { recursive: true, force: true, maxRetries: 3 }).catch((error: Error) => log(`Could not remove ${full} left by an earlier build (${error.message}); the next build tries again.`));
  }
  removeStaleRecords(folder.store, (pid) => pid === process.pid || isRunning(pid));
}

/** A standby that a concurrent build is updating: its records are claimed by a live process. */
function claimedByRunningBuild(store: string, name: string): boolean {
  const records = path.join(store, "records");
  if (!existsSync(records)) return false;
  return readdirSync(records).some((entry) => {
    const claim = claimOf(entry);
    return claim?.build === name && claim.pid !== process.pid && isRunning(claim.pid);
  });
}

/**
 * Points the output link at the finished build (`folder.staging`, or the standby this
 * build updated) in one rename. The build it replaced stays in the store as the next
 * build's standby. An output that is still a plain folder (from before builds were
 * swapped by link) is moved into the store first: that one migration is two renames.
 */
export async function publishBuild(folder: OutputFolder, build = folder.staging): Promise<void> {
  const link = `${build}.link`;
  symlinkSync(path.relative(path.dirname(folder.outDir), build), link);
  // A plain folder has no records, so it cannot serve as a standby: it is removed.
  const plain = !liveTarget(folder.outDir) && existsSync(folder.outDir) ? path.join(folder.store, `${stagingName(process.pid)}-plain-folder`) : undefined;
  if (plain) renameSync(folder.outDir, plain);
  renameSync(link, folder.outDir);
  if (plain) await rm(plain, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/** Removes this build's staging folder after a failure; the live site is untouched. */
export async function discardStaging(folder: OutputFolder): Promise<void> {
  await rm(folder.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
}

/** The build folder the output link points at now (the live site), if any. */
export function liveBuild(outDir: string): string | undefined {
  return liveTarget(outDir);
}

/** The store folder the output link points at, or undefined when it is not our link. */
function liveTarget(outDir: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(outDir);
  } catch {
    return undefined;
  }
  return path.resolve(path.dirname(outDir), target);
}

/** A link we did not make is followed by nobody: replacing it would break the owner's set-up, writing through it would lose atomicity. */
function refuseForeignOutput(outDir: string, store: string): void {
  let stats;
  try {
    stats = lstatSync(outDir);
  } catch {
    return;
  }
  if (stats.isSymbolicLink()) {
    const target = liveTarget(outDir)!;
    if (path.dirname(target) === store) return;
    throw new BuildError(
      `${outDir} is a symbolic link to ${target}, which this build did not make. Newsroom publishes each build by pointing ${path.basename(outDir)} at it, so it neither writes through your link nor replaces it. ` +
        `Point the web server at ${outDir} after removing the link (the build then makes its own), or build straight into the served folder with \`npm run build -- --out ${target}\`.`,
    );
  }
  if (!stats.isDirectory()) {
    throw new BuildError(`${outDir} is a file, not a folder; move it away or build into another folder with \`npm run build -- --out DIR\`.`);
  }
}

/**
 * Creates `dir` and its missing parents one at a time. Node's recursive mkdir spins
 * forever on some virtual file systems (a path under /proc); one level at a time fails
 * at once with a reason.
 */
function makeFolders(dir: string, outDir: string): void {
  const missing: string[] = [];
  let current = dir;
  while (!existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (!statSync(current).isDirectory()) throw cannotWrite(current, outDir, new Error(`${current} is a file`));
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (cause) {
      throw cannotWrite(folder, outDir, cause);
    }
  }
}

function cannotWrite(folder: string, outDir: string, cause: unknown): BuildError {
  const code = (cause as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOTDIR" ? "a part of the path is a file, not a folder"
    : code === "EACCES" || code === "EPERM" ? "permission denied"
    : code === "EROFS" ? "the file system is read-only"
    : code === "ENOSPC" ? "the disk is full"
    : code === "ENOENT" ? "that location does not accept new folders"
    : (cause as Error).message;
  return new BuildError(`Cannot write the site to ${outDir}: creating ${folder} failed (${reason}). Build into a folder you can write to, e.g. \`npm run build -- --out _site\`. Nothing was changed.`, { cause });
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
