/**
 * One production build, run by `npm run bench` in a child process so that memory is
 * measured per build. Prints one JSON line (prefixed "BENCH ") with what the build
 * reported and this process's own peak RSS.
 *
 *   node --import tsx bench/build-once.ts <contentDir> <outDir> [--clean] [--code-version DIGEST]
 *
 * `--clean` is `npm run build -- --clean`: every page rendered, the parse cache ignored,
 * the image cache kept. `--code-version` stands for the code's digest, so that an edit
 * to lib/ elsewhere while the bench runs does not turn an incremental build into a full
 * one. The report counts the image cache's files, and those this build wrote, since the
 * build itself says nothing about images.
 *
 * While the search index is not yet part of buildSite(), this script indexes the built
 * site itself with Pagefind's Node API, the way the build will, so the benchmark
 * measures a full build from the start; `searchIndexedBy` says which one did.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildSite, type BuildTimings } from "../lib/build/build-site.ts";
import { type BuildReport, type ImageCacheCount, reportPrefix } from "./build-report.ts";

/** Fixed "now", so feeds and sitemaps are the same on every run. */
const buildTime = "2026-07-01T12:00:00+02:00";

async function indexWithPagefind(siteDir: string): Promise<number> {
  const started = performance.now();
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  return (performance.now() - started) / 1000;
}

/** Cache files modified since `since` (epoch ms) were encoded by this build: cached ones are only linked. */
function countImageCache(cacheDir: string, since: number): ImageCacheCount | undefined {
  if (!existsSync(cacheDir)) return undefined;
  let files = 0;
  let bytes = 0;
  let writtenFiles = 0;
  const writtenImages = new Set<string>();
  for (const name of readdirSync(cacheDir)) {
    const file = statSync(path.join(cacheDir, name));
    if (!file.isFile()) continue;
    files++;
    bytes += file.size;
    if (file.mtimeMs >= since) {
      writtenFiles++;
      // Renditions and crops are named by the image's hash, eleventy-img's 10 characters of base64url (which may hold "-").
      writtenImages.add(name.slice(0, 10));
    }
  }
  return { files, bytes, writtenFiles, writtenImages: writtenImages.size };
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { clean: { type: "boolean" }, "code-version": { type: "string" } } });
const [contentDir, outDir] = positionals;
if (!contentDir || !outDir) {
  console.error("usage: node --import tsx bench/build-once.ts <contentDir> <outDir> [--clean] [--code-version DIGEST]");
  process.exit(2);
}

// Whole seconds: some file systems keep modification times coarser than Date.now().
const startedAt = Math.floor(Date.now() / 1000) * 1000;
const result = await buildSite({
  contentDir,
  outDir,
  buildTime,
  mode: "production",
  clean: values.clean === true,
  ...(values["code-version"] ? { codeVersion: values["code-version"] } : {}),
});
let timings: BuildTimings = result.timings ?? {};
let searchIndexedBy: BuildReport["searchIndexedBy"] = "build";
let seconds = result.seconds;
if (!existsSync(path.join(result.outDir, "pagefind"))) {
  const pagefindSeconds = await indexWithPagefind(result.outDir);
  timings = { ...timings, pagefind: pagefindSeconds };
  seconds += pagefindSeconds;
  searchIndexedBy = "bench";
}
const imageCache = countImageCache(path.join(`${result.outDir}.builds`, "images"), startedAt);
const report: BuildReport = {
  releases: result.releases,
  files: result.files,
  seconds,
  timings,
  searchIndexedBy,
  incremental: result.incremental.fullBecause === undefined
    ? `${result.incremental.renderedPages} pages rendered, ${result.incremental.reusedPages} reused from the ${result.incremental.base}, ${result.incremental.indexedShards} of ${result.incremental.indexedShards + result.incremental.reusedShards} shards indexed`
    : `full build: ${result.incremental.fullBecause}`,
  maxRssKiB: process.resourceUsage().maxRSS,
  ...(imageCache ? { imageCache } : {}),
};
console.log(reportPrefix + JSON.stringify(report));
