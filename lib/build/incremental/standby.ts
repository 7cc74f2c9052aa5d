import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import path from "node:path";
import { primaryFolder, shardOfFile } from "../../search/search-shards.ts";
import { outputFile, recordsFolder } from "./reuse.ts";

/**
 * The build before the live one, kept in the store as the standby (issue #13). Linking
 * every unchanged file of the live build into a new folder costs one file-system call per
 * file (about 0.3 ms each on a virtual disk: 5 to 7 s at 10,000 releases, more than all the
 * rendering a corrected release needs), and removing the replaced build as much again.
 * So the next build updates the standby in place instead, and the live build becomes the
 * standby for the one after: only what changed since the standby was built is written.
 *
 * Nothing is ever written into an existing file: builds share files through hard links,
 * so this build's new files are rendered into its own staging folder and renamed into the
 * standby (a rename replaces a name, never the file behind it), and stale files are
 * unlinked. The live site is not touched until the one rename that publishes the standby.
 */

/** The records folder of `standby` while the build of process `pid` holds it. */
export function claimedRecords(store: string, standby: string, pid = process.pid): string {
  return `${recordsFolder(store, standby)}.claimed-${pid}`;
}

/** The build and the process of a claimed records folder, by its name; undefined for a build's own records. */
export function claimOf(name: string): { readonly build: string; readonly pid: number } | undefined {
  const claim = /^(.*)\.claimed-(\d+)$/.exec(name);
  return claim ? { build: claim[1]!, pid: Number(claim[2]) } : undefined;
}

/**
 * A build folder of the store, other than the live one, that can be updated: it has
 * its records (a build that was killed while updating one left them claimed, so it is
 * not offered). The newest wins; the rest are removed with the other stale builds.
 */
export function findStandby(store: string, live: string | undefined): string | undefined {
  const names = existsSync(path.join(store, "records")) ? readdirSync(path.join(store, "records")) : [];
  return names
    .filter((name) => name.startsWith("build-") && !claimOf(name))
    .map((name) => path.join(store, name))
    .filter((build) => build !== live && existsSync(build))
    .sort()
    .at(-1);
}

/**
 * Takes the standby for this build by renaming its records away, atomically: a concurrent
 * build then finds none and starts from the live build instead, and a build killed while
 * updating the standby leaves it without records, so nobody trusts its half-written files.
 * Returns the claimed records' folder, or undefined when another build was first.
 */
export function claimStandby(store: string, standby: string, pid = process.pid): string | undefined {
  const claimed = claimedRecords(store, standby, pid);
  try {
    renameSync(recordsFolder(store, standby), claimed);
    return claimed;
  } catch {
    return undefined;
  }
}

/** Gives back a claimed standby that was not changed, after a build failed before updating it. */
export function releaseStandby(store: string, standby: string, pid = process.pid): void {
  try {
    renameSync(claimedRecords(store, standby, pid), recordsFolder(store, standby));
  } catch {
    // Without its records the standby is removed by the next build: safe, only slower.
  }
}

/**
 * Records whose build folder is gone, claims left by builds no longer running, and the
 * single record earlier versions kept are removed.
 */
export function removeStaleRecords(store: string, isRunning: (pid: number) => boolean): void {
  // Records of earlier versions lay in the store itself, one for the live build only.
  for (const name of readdirSync(store)) if (/^incremental(\.[^.]+)?\.json$/.test(name)) rmSync(path.join(store, name), { force: true });
  const folder = path.join(store, "records");
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const claim = claimOf(name);
    const stale = claim ? !isRunning(claim.pid) : !existsSync(path.join(store, name));
    if (stale) rmSync(path.join(folder, name), { recursive: true, force: true });
  }
}

/**
 * Every file of a build, as its records name them: the outputs each language
 * fingerprints, the files written on every build besides them ("extras": sitemaps,
 * assets, media), and the search folders, which are listed from the disk (a few folders
 * of many files, cheap to read, unlike the tens of thousands of page folders).
 */
export interface BuildFiles {
  /** Outputs and extras, by path relative to the build folder with "/" between parts. */
  readonly files: readonly string[];
  /** Each language's search index folder, relative to the build folder. */
  readonly searchFolders: readonly string[];
}

/**
 * Makes `target` (the standby) hold this build: every file of `standby` that `keep` does
 * not name and this build does not write again is unlinked (pages of removed releases,
 * search files a shard indexed again no longer has), folders left empty are removed, and
 * then every file of `staging` is renamed into place, replacing the standby's copy.
 * Nothing walks the standby's page folders: reading tens of thousands of them cost more
 * than the rest of a correction (bench/README.md). `keep` names files by their path
 * relative to the build folder, with "/" between parts. Returns the files written, by the
 * same paths.
 */
export function applyOnto(target: string, staging: string, keep: (relative: string) => boolean, standby: BuildFiles): string[] {
  const written = filesUnder(staging, "");
  const replaced = new Set(written);
  const listed = [...standby.files, ...standby.searchFolders.flatMap((folder) => (existsSync(path.join(target, folder)) ? filesUnder(target, folder) : []))];
  for (const file of listed) {
    if (keep(file) || replaced.has(file)) continue;
    try {
      unlinkSync(path.join(target, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    removeEmptyFolders(target, path.posix.dirname(file));
  }
  const made = new Set<string>([target]);
  for (const file of written) {
    const to = path.join(target, file);
    const parent = path.dirname(to);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    renameSync(path.join(staging, file), to);
  }
  return written;
}

/** Every file under `relative` in `root`, by path relative to `root` with "/" between parts. */
export function filesUnder(root: string, relative: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const child = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk(relative);
  return files;
}

/** Removes `relative` and its parents up to `root` while they are empty. */
function removeEmptyFolders(root: string, relative: string): void {
  for (let folder = relative; folder !== "." && folder !== ""; folder = path.posix.dirname(folder)) {
    try {
      rmdirSync(path.join(root, folder));
    } catch {
      return;
    }
  }
}

/** A language's outputs in a build, by output path (no prefix), under its URL folder. */
export interface LanguageOutputs {
  readonly segment: string;
  readonly outputs: readonly string[];
}

const prefixOf = (segment: string) => (segment ? `${segment}/` : "");

/** The files `languages`' outputs are written to, relative to the build folder. */
function outputFiles(languages: readonly LanguageOutputs[]): string[] {
  return languages.flatMap(({ segment, outputs }) => outputs.map((output) => `${prefixOf(segment)}${outputFile(output)}`));
}

/** The files of a build whose records name `languages`' outputs and `extras`. */
export function buildFiles(languages: readonly LanguageOutputs[], extras: readonly string[]): BuildFiles {
  return { files: [...extras, ...outputFiles(languages)], searchFolders: languages.map(({ segment }) => `${prefixOf(segment)}${primaryFolder}`) };
}

/** Of a build's `files`, those that are neither an output of `languages` nor in a search folder: what its records must name besides. */
export function extrasOf(files: readonly string[], languages: readonly LanguageOutputs[]): string[] {
  const known = new Set(outputFiles(languages));
  const search = languages.map(({ segment }) => `${prefixOf(segment)}${primaryFolder}/`);
  return files.filter((file) => !known.has(file) && !search.some((folder) => file.startsWith(folder)));
}

/** What a language of this build keeps of the standby: its folder, and the outputs and search shards it does not write again. */
export interface KeptOutputs {
  readonly segment: string;
  readonly reusedPages: readonly string[];
  readonly reusedShards: readonly number[];
}

/**
 * The files of the standby that this build keeps, by path relative to the build folder:
 * the unchanged pages and feeds, and every file of the unchanged search shards (the
 * first shard's folder holds the others' folders, which are not part of it).
 */
export function keptFiles(languages: readonly KeptOutputs[]): (relative: string) => boolean {
  const files = new Set<string>();
  const shards: (readonly [prefix: string, kept: ReadonlySet<number>])[] = [];
  for (const { segment, reusedPages, reusedShards } of languages) {
    const prefix = prefixOf(segment);
    for (const output of reusedPages) files.add(`${prefix}${outputFile(output)}`);
    shards.push([prefix, new Set(reusedShards)]);
  }
  return (relative) =>
    files.has(relative) || shards.some(([prefix, kept]) => relative.startsWith(prefix) && kept.has(shardOfFile(relative.slice(prefix.length)) ?? 0));
}

/** What a plan would cost, in the counts that decide it. */
export interface PlanCost {
  /** Pages and feeds rendered. */
  readonly rendered: number;
  /** Pages of the search shards indexed again. */
  readonly indexed: number;
  /** Files taken from the base build by a hard link (none when updating the standby). */
  readonly linked: number;
}

/**
 * Relative cost of the work of a build, in renderings of one page: indexing a page
 * (Pagefind reads it and writes its shard again) costs about three, taking a file from
 * the live build about half, since the link is made now and the replaced standby's copy
 * unlinked later. Rough, from the benchmark's timings (bench/README.md); they only have
 * to tell a shard of 9,000 pages from a few hundred links.
 */
const indexWeight = 3;
const linkWeight = 0.5;

function weight(cost: PlanCost): number {
  return cost.rendered + indexWeight * cost.indexed + linkWeight * cost.linked;
}

/**
 * Whether updating the standby costs no more than linking from the live build. The
 * standby is one build further behind, so it must also redo what the live build did: after
 * a correction to an old release, updating it would index that release's large shard a
 * second time, which costs more than linking every unchanged file.
 */
export function standbyIsCheaper(standby: PlanCost, live: PlanCost): boolean {
  return weight(standby) <= weight(live);
}
