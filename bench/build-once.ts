/**
 * One production build, run by `npm run bench` in a child process so that memory is
 * measured per build. Prints one JSON line (prefixed "BENCH ") with what the build
 * reported and this process's own peak RSS.
 *
 *   node --import tsx bench/build-once.ts <contentDir> <outDir>
 *
 * While the search index is not yet part of buildSite(), this script indexes the built
 * site itself with Pagefind's Node API, the way the build will, so the benchmark
 * measures a full build from the start; `searchIndexedBy` says which one did.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildSite, type BuildTimings } from "../lib/build/build-site.ts";
import { type BuildReport, reportPrefix } from "./build-report.ts";

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

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) {
  console.error("usage: node --import tsx bench/build-once.ts <contentDir> <outDir>");
  process.exit(2);
}

const result = await buildSite({ contentDir, outDir, buildTime, mode: "production" });
let timings: BuildTimings = result.timings ?? {};
let searchIndexedBy: BuildReport["searchIndexedBy"] = "build";
let seconds = result.seconds;
if (!existsSync(path.join(result.outDir, "pagefind"))) {
  const pagefindSeconds = await indexWithPagefind(result.outDir);
  timings = { ...timings, pagefind: pagefindSeconds };
  seconds += pagefindSeconds;
  searchIndexedBy = "bench";
}
const report: BuildReport = {
  releases: result.releases,
  files: result.files,
  seconds,
  timings,
  searchIndexedBy,
  incremental: result.incremental.fullBecause === undefined
    ? `${result.incremental.renderedPages} pages rendered, ${result.incremental.reusedPages} reused, ${result.incremental.indexedShards} of ${result.incremental.indexedShards + result.incremental.reusedShards} shards indexed`
    : `full build: ${result.incremental.fullBecause}`,
  maxRssKiB: process.resourceUsage().maxRSS,
};
console.log(reportPrefix + JSON.stringify(report));
