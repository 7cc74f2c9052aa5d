/**
 * `npm run bench` (issue #6): builds a synthetic newsroom at several sizes and records
 * time, memory and output size per size in bench/results.md.
 *
 *   npm run bench                          1,000 and 10,000 releases, 3 builds each
 *   npm run bench -- --large               adds 50,000
 *   npm run bench -- --sizes 1000,30000 --repeats 1 --query burglary --seed 2026 --keep
 *   npm run bench -- --shard-size 5000     the site's search.shardSize (default: site.json's)
 *   npm run bench -- --yardstick           time Pagefind's CLI alone at every size (default up to 10,000)
 *   npm run bench -- --no-preview          skip the preview's latency (bench/preview-latency.ts, run at 10,000 by default)
 *   npm run bench -- --no-relevance        skip the search relevance sample (bench/search-relevance.ts, sizes up to 10,000)
 *   npm run bench -- --languages           instead: 10,000 releases in one language, then spread over English, French
 *                                          and Arabic (issue #14, bench/languages-bench.ts); --sizes applies
 *   npm run bench -- --images              instead: the image cache (issue #11, bench/image-cache-bench.ts) at 10,000
 *                                          releases with a lead image on one in ten (--image-every 10); --sizes
 *                                          applies, --no-baseline skips the build without images
 *
 * Each build runs in its own child process (bench/build-once.ts) on a clean output
 * folder; the table shows the median of the repeats. A benchmark, not a test: it
 * never fails on a threshold.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cpuOf, root, runBuild, timeBinary, work, type Run } from "./child-build.ts";
import { defaultSeed, generateCorpus, newestRelease } from "./generate-corpus.ts";
import { benchLanguages, languagesTable } from "./languages-bench.ts";
import { benchImageCache, imageCacheTable } from "./image-cache-bench.ts";
import { folderBytes, releasePageWeight, type PageWeight } from "./output-size.ts";
import type { ProcessPeak } from "./process-memory.ts";
import { measureFirstSearch, type SearchDownload } from "./search-download.ts";
import { measureRelevance, type RelevanceResult } from "./search-relevance.ts";

/** bench/build-once.ts builds at this instant; the relevance sample is taken at it too. */
const benchBuildTime = "2026-07-01T12:00:00+02:00";

const resultsFile = path.join(root, "bench", "results.md");

interface Options {
  readonly sizes: readonly number[];
  readonly repeats: number;
  readonly seed: number;
  readonly query: string;
  readonly keep: boolean;
  readonly write: boolean;
  /** Time Pagefind's own CLI over the built site too (a yardstick for this machine). */
  readonly yardstick: (releases: number) => boolean;
  /** search.shardSize written into the corpus's site.json; undefined keeps the sample's. */
  readonly shardSize?: number;
  /** Measure the image cache instead (issue #11): one release in `imageEvery` has a lead image. */
  readonly images?: { readonly imageEvery: number; readonly baseline: boolean };
  /** Measure three languages instead (issue #14): the corpus in English, then spread over three. */
  readonly languages?: boolean;
}

interface SizeResult {
  readonly releases: number;
  readonly runs: readonly Run[];
  readonly outputBytes: number;
  readonly indexBytes: number;
  readonly search?: SearchDownload;
  readonly page: PageWeight;
  /** Pagefind's own CLI over the finished site into an empty folder: what indexing alone costs here. */
  readonly yardstick?: { readonly seconds: number; readonly cpuSeconds: number; readonly peakKiB: number };
  /** Search-index shards written (lib/search/search-shards.ts) and the size they were cut at. */
  readonly shards: { readonly count: number; readonly size: number };
  /** Whether the release a reader means comes first (issue #15), on sizes up to 10,000. */
  readonly relevance?: RelevanceResult;
  /** Incremental builds after the clean ones (issue #13): one release added, then one corrected. */
  readonly incremental?: { readonly added: Run; readonly corrected: Run };
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const images = args.includes("--images");
  const languages = args.includes("--languages");
  const sizes = (value("--sizes") ?? (images || languages ? "10000" : "1000,10000")).split(",").map((s) => Number(s.replace(/[_k]/g, (c) => (c === "k" ? "000" : ""))));
  if (args.includes("--large") && !sizes.includes(50_000)) sizes.push(50_000);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers, e.g. --sizes 1000,10000 (got ${value("--sizes")})`);
  return {
    sizes,
    repeats: Number(value("--repeats") ?? 3),
    seed: Number(value("--seed") ?? defaultSeed),
    query: value("--query") ?? "burglary",
    keep: args.includes("--keep"),
    write: !args.includes("--no-write"),
    yardstick: (releases) => !args.includes("--no-yardstick") && (args.includes("--yardstick") || releases <= 10_000),
    ...(value("--shard-size") ? { shardSize: Number(value("--shard-size")) } : {}),
    ...(images ? { images: { imageEvery: Number(value("--image-every") ?? 10), baseline: !args.includes("--no-baseline") } } : {}),
    ...(languages ? { languages } : {}),
  };
}

async function benchSize(releases: number, options: Options): Promise<SizeResult> {
  const contentDir = path.join(work, `corpus-${releases}`);
  const outDir = path.join(work, `site-${releases}`);
  const generated = performance.now();
  const corpus = generateCorpus({ dir: contentDir, releases, seed: options.seed });
  log(`${releases}: generated ${(corpus.markdownBytes / 2 ** 20).toFixed(1)} MiB of Markdown in ${seconds(generated)} s`);
  const siteJson = path.join(contentDir, "site.json");
  const site = JSON.parse(readFileSync(siteJson, "utf8")) as { search?: { shardSize?: number } };
  if (options.shardSize) writeFileSync(siteJson, JSON.stringify({ ...site, search: { ...site.search, shardSize: options.shardSize } }, null, 2));
  const shardSize = options.shardSize ?? site.search?.shardSize ?? 10_000;

  const runs: Run[] = [];
  for (let i = 1; i <= options.repeats; i++) {
    const run = await runBuild(contentDir, outDir);
    runs.push(run);
    const t = run.report.timings;
    const top = run.processes[0];
    log(`${releases}: build ${i}/${options.repeats}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, load ${run.loadAverage.toFixed(1)} (validate ${fmt(t.validate)}, Eleventy ${fmt(t.eleventy)}, Pagefind ${fmt(t.pagefind)} by ${run.report.searchIndexedBy}), peak ${mib(top?.peakKiB ?? 0)} MiB in ${top?.name}`);
  }

  const incremental = await incrementalRuns(contentDir, outDir);
  log(`${releases}: one release added: ${incremental.added.wallSeconds.toFixed(1)} s (${incremental.added.report.incremental}); one corrected: ${incremental.corrected.wallSeconds.toFixed(1)} s (${incremental.corrected.report.incremental})`);

  const indexDir = path.join(outDir, "pagefind");
  const yardstick = options.yardstick(releases) ? await pagefindAlone(outDir) : undefined;
  if (yardstick) log(`${releases}: Pagefind's CLI alone over the built site: ${yardstick.seconds.toFixed(1)} s, ${yardstick.cpuSeconds.toFixed(1)} s CPU, ${mib(yardstick.peakKiB)} MiB`);
  const result: SizeResult = {
    ...(yardstick ? { yardstick } : {}),
    releases,
    runs,
    incremental,
    outputBytes: folderBytes(outDir),
    indexBytes: existsSync(indexDir) ? folderBytes(indexDir) : 0,
    search: existsSync(indexDir) ? await measureFirstSearch(outDir, options.query) : undefined,
    ...(existsSync(indexDir) && releases <= 10_000 && !process.argv.includes("--no-relevance")
      ? { relevance: await measureRelevance(outDir, contentDir, { sample: 100, seed: options.seed, buildTime: benchBuildTime }) }
      : {}),
    page: releasePageWeight(outDir),
    shards: { count: existsSync(indexDir) ? 1 + (existsSync(path.join(indexDir, "shards")) ? readdirSync(path.join(indexDir, "shards")).length : 0) : 0, size: shardSize },
  };
  if (!options.keep) {
    // The output is a link into its build store, which holds the builds themselves.
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}.builds`, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  }
  return result;
}

/**
 * What a newsroom does all day, on top of the last clean build: a breaking release is
 * added (dated late on the corpus's last day, so in its newest month), then the newest
 * release is corrected. The first release of a new month would also index the newest
 * year's search shard again (lib/search/search-shards.ts), once a month; a figure for
 * that is in bench/README.md.
 * Each is one incremental build into the same output; the corpus is left as it was.
 * A build brings the standby (the build before the live one) up to date, so it renders
 * what changed since that build: the last two changes. An unmeasured build before each
 * measured one makes both builds of the store alike, so each figure is its own change.
 */
async function incrementalRuns(contentDir: string, outDir: string): Promise<{ added: Run; corrected: Run }> {
  const added = path.join(contentDir, "releases", "bench-breaking-release.md");
  await runBuild(contentDir, outDir, false);
  writeFileSync(added, [
    "---",
    "title: Breaking release added by the benchmark",
    "date: 2026-06-30T23:30:00+02:00",
    "crime_areas:",
    "  - Burglary",
    "target_groups:",
    "  - Citizens",
    "---",
    "Officers arrested two suspects after a burglary in the harbour district this morning.",
    "",
  ].join("\n"));
  const addedRun = await runBuild(contentDir, outDir, false);
  rmSync(added);
  await runBuild(contentDir, outDir, false);
  await runBuild(contentDir, outDir, false);
  const newest = newestRelease(path.join(contentDir, "releases"));
  const original = readFileSync(newest, "utf8");
  writeFileSync(newest, original.replace(/\n---\n/, "\n---\nCorrection: an earlier version of this release gave the wrong date.\n\n"));
  const correctedRun = await runBuild(contentDir, outDir, false);
  writeFileSync(newest, original);
  return { added: addedRun, corrected: correctedRun };
}

/**
 * Runs Pagefind's CLI over the built site into a fresh folder, as the issue's reference
 * figures did, so a run can compare its build with indexing alone on the same machine.
 */
async function pagefindAlone(siteDir: string): Promise<SizeResult["yardstick"]> {
  const outputPath = path.join(work, "pagefind-alone");
  const timeFile = path.join(work, "pagefind-alone-time.txt");
  rmSync(outputPath, { recursive: true, force: true });
  if (!existsSync(timeBinary)) return undefined;
  const cli = path.join(root, "node_modules", ".bin", "pagefind");
  const child = spawn(timeBinary, ["-f", "%e %U %S %M", "-o", timeFile, cli, "--site", siteDir, "--output-path", outputPath], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  rmSync(outputPath, { recursive: true, force: true });
  if (code !== 0) throw new Error(`Pagefind's CLI failed on ${siteDir} (exit ${code})`);
  const [wall, user, sys, peak] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-4).map(Number);
  return { seconds: wall!, cpuSeconds: user! + sys!, peakKiB: peak! };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
const fmt = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(1));
const mib = (kib: number) => (kib / 1024).toFixed(0);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const log = (line: string) => console.error(line);

const header = [
  "| releases | pages | wall s | one added s | one corrected s | CPU s node + Pagefind | validate s | Eleventy s | Pagefind s | Pagefind CLI alone s | peak RSS MiB (process) | output MiB | search index MiB | first search KB | release page KB with its CSS, median / heaviest | found first: exact title / three words |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|",
];

function row(result: SizeResult): string {
  const runs = result.runs;
  const phase = (key: "validate" | "eleventy" | "pagefind") => {
    const values = runs.map((r) => r.report.timings[key]).filter((v): v is number => v !== undefined);
    if (values.length) return fmt(median(values));
    return key === "pagefind" && runs[0]!.report.searchIndexedBy === "build" ? "in Eleventy" : "–";
  };
  const peaks = runs.map((r) => r.processes[0]).filter((p): p is ProcessPeak => p !== undefined);
  const peak = median(peaks.map((p) => p.peakKiB));
  const peakName = peaks.reduce((a, b) => (b.peakKiB > a.peakKiB ? b : a), peaks[0]!).name;
  const page = result.page;
  return `| ${result.releases.toLocaleString("en")} | ${median(runs.map((r) => r.report.files)).toLocaleString("en")} | ${fmt(median(runs.map((r) => r.wallSeconds)))} | ${fmt(result.incremental?.added.wallSeconds)} | ${fmt(result.incremental?.corrected.wallSeconds)} | ${fmt(median(runs.map((r) => cpuOf(r, "node"))))} + ${fmt(median(runs.map((r) => cpuOf(r, "pagefind"))))} | ${phase("validate")} | ${phase("eleventy")} | ${phase("pagefind")} | ${result.yardstick ? fmt(result.yardstick.seconds) : "–"} | ${mib(peak)} (${peakName}) | ${(result.outputBytes / 2 ** 20).toFixed(1)} | ${(result.indexBytes / 2 ** 20).toFixed(1)} | ${result.search ? (result.search.bytes / 1024).toFixed(0) : "–"} | ${(page.medianPageBytes / 1024).toFixed(1)} / ${(page.maxPageBytes / 1024).toFixed(1)} | ${result.relevance ? `${percent(result.relevance.exactTitle)} / ${percent(result.relevance.threeWords)}` : "–"} |`;
}

function details(result: SizeResult): string {
  const runs = result.runs.map((r) => {
    const procs = r.processes.slice(0, 3).map((p) => `${p.name} ${mib(p.peakKiB)} MiB, ${p.cpuSeconds.toFixed(0)} s CPU`).join("; ");
    return `${r.wallSeconds.toFixed(1)} s at load ${r.loadAverage.toFixed(1)} (${procs}${r.treeMaxKiB ? `; tree max ${mib(r.treeMaxKiB)}` : ""})`;
  });
  const search = result.search
    ? `first search ${result.search.requests} requests via ${result.search.method}: ${Object.entries(result.search.byKind).map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(0)} KB`).join(", ")}; largest ${result.search.largest.slice(0, 3).map((l) => `${new URL(l.url).pathname} ${(l.bytes / 1024).toFixed(0)} KB`).join(", ")}`
    : "no search index";
  const page = result.page;
  const yardstick = result.yardstick
    ? ` Pagefind's CLI alone over the built site: ${result.yardstick.seconds.toFixed(1)} s, ${result.yardstick.cpuSeconds.toFixed(1)} s CPU, ${mib(result.yardstick.peakKiB)} MiB.`
    : "";
  const incremental = result.incremental
    ? ` Incremental: one added ${result.incremental.added.wallSeconds.toFixed(1)} s (${result.incremental.added.report.incremental}), one corrected ${result.incremental.corrected.wallSeconds.toFixed(1)} s (${result.incremental.corrected.report.incremental}).`
    : "";
  const relevance = result.relevance
    ? ` Relevance over ${result.relevance.sample} releases with titles of their own: the exact title finds the release first ${percent(result.relevance.exactTitle)} of the time; ${percent(result.relevance.identifiable)} of them have three title words no other title holds together, and such three words find the release first ${percent(result.relevance.threeWords)} of the time (three title words picked at random fit that release alone ${percent(result.relevance.randomWordsIdentify)} of the time, and for them the first result's title holds all three ${percent(result.relevance.randomWordsTitleFirst)} of the time; misses: ${result.relevance.misses.slice(0, 3).map((m) => (m.kind === "random words" ? `"${m.query}" (random words) showed ${m.first || "nothing"}, whose title lacks one of them` : `"${m.query}" (${m.kind}) showed ${m.first || "nothing"} before ${m.wanted}`)).join("; ") || "none"}).`
    : "";
  return `- ${result.releases.toLocaleString("en")}: builds ${runs.join("; ")}.${incremental}${relevance} Search indexed by ${result.runs[0]!.report.searchIndexedBy} in ${result.shards.count} shard${result.shards.count === 1 ? "" : "s"} of at most ${result.shards.size.toLocaleString("en")}; ${search}. Release pages: median ${(page.medianHtmlBytes / 1024).toFixed(1)} KB HTML, heaviest ${(page.maxHtmlBytes / 1024).toFixed(1)} KB + ${(page.cssBytes / 1024).toFixed(1)} KB CSS, ${page.scripts} scripts.${yardstick}`;
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}`;
}

function section(results: readonly SizeResult[], options: Options, totalSeconds: string): string {
  const templates = readdirSync(path.join(root, "layouts", "pages")).filter((f) => f.endsWith(".11ty.ts")).map((f) => f.replace(".11ty.ts", ""));
  return [
    `## ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    "",
    `Machine: ${machine()}. Node ${process.version}, Eleventy ${packageVersion("@11ty/eleventy")}, Pagefind ${packageVersion("pagefind")}.`,
    `Corpus seed ${options.seed}, ${options.repeats} clean builds per size (median shown), first search for "${options.query}". Page templates present: ${templates.join(", ")}. Bench took ${totalSeconds} s.`,
    "",
    ...header,
    ...results.map(row),
    "",
    ...results.map(details),
    "",
  ].join("\n");
}

/**
 * The editor's side (issue #13): `npm start` on a newsroom of `releases`, measured in
 * Chromium by bench/preview-latency.ts in its own process; its closing table, as printed.
 */
async function previewLatency(releases: number): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench", "preview-latency.ts"), "--releases", String(releases)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const table = stdout.slice(stdout.indexOf("Preview latency"));
  return code === 0 && stdout.includes("Preview latency") ? table.trim() : `Preview latency at ${releases}: the measurement failed (exit ${code}).`;
}

/** The image cache's section (issue #11): its own table, since it builds other corpora. */
async function imagesSection(options: Options, images: NonNullable<Options["images"]>): Promise<string> {
  const started = performance.now();
  const results = [];
  for (const size of options.sizes) results.push(await benchImageCache(size, { seed: options.seed, ...images, keep: options.keep }));
  return [
    `## ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}: images (issue #11)`,
    "",
    `Machine: ${machine()}. Node ${process.version}, Eleventy ${packageVersion("@11ty/eleventy")}, eleventy-img ${packageVersion("@11ty/eleventy-img")}, sharp ${packageVersion("sharp")}, Pagefind ${packageVersion("pagefind")}.`,
    `Corpus seed ${options.seed}, a lead image on one release in ${images.imageEvery}; one build each, all but the last with --clean. Bench took ${seconds(started)} s.`,
    "",
    ...imageCacheTable(results),
    "",
  ].join("\n");
}

/** Three languages' section (issue #14): its own table, since it builds other corpora. */
async function languagesSection(options: Options): Promise<string> {
  const started = performance.now();
  const results = [];
  for (const size of options.sizes) results.push(await benchLanguages(size, { seed: options.seed, keep: options.keep }));
  return [
    `## ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}: three languages (issue #14)`,
    "",
    `Machine: ${machine()}. Node ${process.version}, Eleventy ${packageVersion("@11ty/eleventy")}, Pagefind ${packageVersion("pagefind")}.`,
    `Corpus seed ${options.seed}; one build each. Bench took ${seconds(started)} s.`,
    "",
    ...languagesTable(results),
    "",
  ].join("\n");
}

const options = parseOptions(process.argv.slice(2));
mkdirSync(work, { recursive: true });
let text: string;
if (options.images) {
  text = await imagesSection(options, options.images);
} else if (options.languages) {
  text = await languagesSection(options);
} else {
  const benchStarted = performance.now();
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await benchSize(size, options));
  const preview = !process.argv.includes("--no-preview") && options.sizes.includes(10_000) ? await previewLatency(10_000) : "";
  text = section(results, options, seconds(benchStarted)) + (preview ? `\n${preview}\n` : "");
}
console.log(`\n${text}`);
if (options.write) {
  const title = "# Benchmark results (`npm run bench`, issue #6)\n\nNewest first. Columns: see bench/run-bench.ts.\n\n";
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
  const older = previous.includes("\n## ") ? previous.slice(previous.indexOf("\n## ") + 1) : "";
  writeFileSync(resultsFile, `${title}${text}\n${older}`);
  log(`Wrote ${path.relative(root, resultsFile)}`);
}
