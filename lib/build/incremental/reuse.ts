import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { shardFolder } from "../../search/search-shards.ts";
import type { IncrementalRecord } from "./build-plan.ts";

/** Where the fingerprints of the live build are kept, beside it in the store (never published). */
const recordFile = "incremental.json";

/** The record of the previous build, if it describes `liveBuild` and can be read. */
export function readIncrementalRecord(store: string, liveBuild: string | undefined): IncrementalRecord | undefined {
  if (!liveBuild || !existsSync(liveBuild)) return undefined;
  try {
    const record = JSON.parse(readFileSync(path.join(store, recordFile), "utf8")) as IncrementalRecord;
    return record.version === 1 && record.build === path.basename(liveBuild) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeIncrementalRecord(store: string, record: IncrementalRecord): void {
  writeFileSync(path.join(store, recordFile), JSON.stringify(record));
}

/** The file a page path is written to: /news/ → news/index.html. */
export function pageFile(root: string, pagePath: string): string {
  return path.join(root, pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath);
}

/**
 * Takes a file of the previous build into this one. A hard link costs no copy: builds
 * never change a file once written (each build is a new folder), so sharing is safe, and
 * the file outlives the previous build's folder when that is removed.
 */
function take(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Takes the pages at `pagePaths` from the previous build; returns how many. */
export function reusePages(previous: string, staging: string, pagePaths: Iterable<string>): number {
  let count = 0;
  for (const pagePath of pagePaths) {
    take(pageFile(previous, pagePath), pageFile(staging, pagePath));
    count += 1;
  }
  return count;
}

/** Takes a search shard's folder from the previous build (the first shard's without the others inside it). */
export function reuseShard(previous: string, staging: string, shard: number): void {
  const folder = shardFolder(shard);
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(previous, relative))) {
      const child = path.join(relative, name);
      if (shard === 1 && child === path.join(folder, "shards")) continue;
      if (statSync(path.join(previous, child)).isDirectory()) walk(child);
      else take(path.join(previous, child), path.join(staging, child));
    }
  };
  walk(folder);
}
