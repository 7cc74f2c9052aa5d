import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { shardFolder } from "../../search/search-shards.ts";
import type { IncrementalRecord } from "./build-plan.ts";

/**
 * Where the records of each build are kept, beside it in the store and never published
 * (standby.ts): `records/<build folder>/`, with one fingerprint file per language of a
 * multilingual site, by its URL folder.
 */
export function recordsFolder(store: string, build: string): string {
  return path.join(store, "records", path.basename(build));
}

const recordFile = (segment: string) => (segment ? `incremental.${segment}.json` : "incremental.json");

/** The record of the build in folder `build`, if it describes that build and can be read. */
export function readIncrementalRecord(store: string, build: string | undefined, segment = ""): IncrementalRecord | undefined {
  if (!build || !existsSync(build)) return undefined;
  try {
    const record = JSON.parse(readFileSync(path.join(recordsFolder(store, build), recordFile(segment)), "utf8")) as IncrementalRecord;
    return record.version === 4 && record.build === path.basename(build) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeIncrementalRecord(store: string, record: IncrementalRecord, segment = ""): void {
  const folder = recordsFolder(store, record.build);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, recordFile(segment)), JSON.stringify(record));
}

/**
 * The files of build `build` that its fingerprints do not name (standby.ts's extras),
 * kept beside its records; undefined when they cannot be read.
 */
export function readBuildExtras(store: string, build: string): string[] | undefined {
  try {
    const extras = JSON.parse(readFileSync(path.join(recordsFolder(store, build), "extras.json"), "utf8")) as unknown;
    return Array.isArray(extras) && extras.every((file) => typeof file === "string") ? extras : undefined;
  } catch {
    return undefined;
  }
}

export function writeBuildExtras(store: string, build: string, extras: readonly string[]): void {
  const folder = recordsFolder(store, build);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "extras.json"), JSON.stringify(extras));
}

/** The file an output path is written to, relative to the build: /news/ → news/index.html, /feed.xml → feed.xml. */
export function outputFile(pagePath: string): string {
  return `${pagePath.slice(1)}${pagePath.endsWith("/") ? "index.html" : ""}`;
}

/** The file an output path is written to under `root`. */
export function pageFile(root: string, pagePath: string): string {
  return path.join(root, outputFile(pagePath));
}

/**
 * Takes files of the previous build into this one while Eleventy renders the rest (the
 * file system works on its own threads). A hard link costs no copy: builds never change a
 * file once written (each build is a new folder), so sharing is safe, and the file
 * outlives the previous build's folder when that is removed.
 */
class Taker {
  /** Folders made (or being made) in this build, so each costs one mkdir. */
  private readonly folders = new Map<string, Promise<void>>();

  /** `root` exists already: neither it nor its parents need a mkdir. */
  constructor(root: string) {
    this.folders.set(root, Promise.resolve());
  }

  async take(from: string, to: string): Promise<void> {
    await this.folder(path.dirname(to));
    try {
      await link(from, to);
    } catch {
      await copyFile(from, to);
    }
  }

  private folder(folder: string): Promise<void> {
    let made = this.folders.get(folder);
    if (!made) {
      made = this.folder(path.dirname(folder)).then(() => mkdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      }));
      this.folders.set(folder, made);
    }
    return made;
  }
}

/** At most this many files in flight: enough to keep the file system's threads busy. */
const inFlight = 64;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
}

/** Takes the outputs at `outputPaths` and the whole folders of `shards` from the previous build. */
export async function reuseOutputs(previous: string, staging: string, outputPaths: readonly string[], shards: readonly number[]): Promise<void> {
  const taker = new Taker(staging);
  const files = outputPaths.map((output) => [pageFile(previous, output), pageFile(staging, output)] as const);
  for (const shard of shards) files.push(...(await shardFiles(previous, staging, shard)));
  await inBatches(files, ([from, to]) => taker.take(from, to));
}

/** Every file of a search shard's folder (the first shard's without the others inside it). */
async function shardFiles(previous: string, staging: string, shard: number): Promise<(readonly [string, string])[]> {
  const folder = shardFolder(shard);
  const found: (readonly [string, string])[] = [];
  const walk = async (relative: string) => {
    for (const entry of await readdir(path.join(previous, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (shard === 1 && child === path.join(folder, "shards")) continue;
      if (entry.isDirectory()) await walk(child);
      else found.push([path.join(previous, child), path.join(staging, child)]);
    }
  };
  await walk(folder);
  return found;
}
