/**
 * What the image cache saves (issue #11), for `npm run bench -- --images`: a corpus with a
 * lead image on every n-th release, built
 *
 *   1. with `--clean` into an empty build store: every image is encoded (cold cache);
 *   2. with `--clean` again into the same output: every page is rendered, but the store's
 *      images/ folder is kept, so no image is encoded (warm cache);
 *   3. incrementally, after the newest release with an image is corrected.
 *
 * and then, unless turned off, the same releases without their images (`--clean`, empty
 * store), so that what images cost at all is measured in the same run. It comes last so
 * that the first build's extra costs (tsx compiling edited modules, a cold page cache)
 * fall on the cold build, where they are lost in the encoding, not on the baseline.
 * One build each: the cold build alone takes minutes at 10,000.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cpuOf, runBuild, work, type Run } from "./child-build.ts";
import { generateCorpus, generateCorpusWithImages, newestRelease } from "./generate-corpus.ts";

export interface ImageCacheOptions {
  readonly seed: number;
  /** One release in this many has a lead image. */
  readonly imageEvery: number;
  /** Build the corpus without images too. */
  readonly baseline: boolean;
  /** Leave the corpus and the built site in the temp folder. */
  readonly keep: boolean;
}

export interface ImageCacheResult {
  readonly releases: number;
  readonly images: number;
  /** Bytes of the source JPEGs. */
  readonly sourceBytes: number;
  /** The same releases without images. */
  readonly baseline?: Run;
  readonly cold: Run;
  readonly warm: Run;
  readonly corrected: Run;
}

const log = (line: string) => console.error(line);
const fmt = (n: number | undefined) => (n === undefined ? "–" : n.toFixed(1));
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

export async function benchImageCache(releases: number, options: ImageCacheOptions): Promise<ImageCacheResult> {
  const contentDir = path.join(work, `corpus-images-${releases}`);
  const outDir = path.join(work, `site-images-${releases}`);
  // The output link and the build store beside it, with its parse and image caches.
  const emptyStore = () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}.builds`, { recursive: true, force: true });
  };
  const clean = ["--clean"];

  const started = performance.now();
  const corpus = await generateCorpusWithImages({ dir: contentDir, releases, seed: options.seed, imageEvery: options.imageEvery });
  const sourceBytes = corpus.images.reduce((sum, image) => sum + readFileSync(image.file).length, 0);
  log(`${releases} with images: wrote ${corpus.images.length} images (${mib(sourceBytes)} MiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  emptyStore();
  const cold = await runBuild(contentDir, outDir, false, clean);
  log(`${releases} with images: cold image cache ${summary(cold)}`);
  const warm = await runBuild(contentDir, outDir, false, clean);
  log(`${releases} with images: warm image cache ${summary(warm)}`);

  const newest = newestRelease(path.join(contentDir, "releases"), true);
  const original = readFileSync(newest, "utf8");
  writeFileSync(newest, original.replace(/\n---\n/, "\n---\nCorrection: an earlier version of this release gave the wrong date.\n\n"));
  const corrected = await runBuild(contentDir, outDir, false);
  writeFileSync(newest, original);
  log(`${releases} with images: one release with an image corrected ${summary(corrected)}`);

  let baseline: Run | undefined;
  if (options.baseline) {
    generateCorpus({ dir: contentDir, releases, seed: options.seed });
    emptyStore();
    baseline = await runBuild(contentDir, outDir, false, clean);
    log(`${releases} with images: the same releases without images ${summary(baseline)}`);
  }

  if (!options.keep) {
    emptyStore();
    rmSync(contentDir, { recursive: true, force: true });
  }
  return { releases, images: corpus.images.length, sourceBytes, ...(baseline ? { baseline } : {}), cold, warm, corrected };
}

function summary(run: Run): string {
  const cache = run.report.imageCache;
  const encoded = cache ? `, ${cache.writtenImages} images encoded (${cache.writtenFiles} of ${cache.files} cache files)` : "";
  const processes = run.processes.slice(0, 2).map((p) => `${p.name} ${mib(p.peakKiB * 1024)} MiB`).join(", ");
  return `${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, load ${run.loadAverage.toFixed(1)}, peak ${processes}${encoded}; ${run.report.incremental}`;
}

const header = [
  "| releases | images | without images s | cold image cache s | warm image cache s | cold ÷ warm | one corrected s | images encoded cold / warm / corrected | CPU s node + Pagefind, cold / warm | peak RSS MiB node + Pagefind, cold / warm | image cache MiB (files) |",
  "|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|",
];

function encoded(run: Run): string {
  const cache = run.report.imageCache;
  return cache ? cache.writtenImages.toLocaleString("en") : "–";
}

function cpu(run: Run): string {
  return `${fmt(cpuOf(run, "node"))} + ${fmt(cpuOf(run, "pagefind"))}`;
}

/** Peak RSS of the build's Node process (sharp encodes inside it) and of Pagefind's. */
function peak(run: Run): string {
  const of = (name: string) => Math.max(0, ...run.processes.filter((p) => p.name.startsWith(name)).map((p) => p.peakKiB));
  return `${mib(of("node") * 1024)} + ${mib(of("pagefind") * 1024)}`;
}

function row(result: ImageCacheResult): string {
  const { cold, warm, corrected } = result;
  const cache = warm.report.imageCache;
  return `| ${result.releases.toLocaleString("en")} | ${result.images.toLocaleString("en")} | ${fmt(result.baseline?.wallSeconds)} | ${fmt(cold.wallSeconds)} | ${fmt(warm.wallSeconds)} | ${(cold.wallSeconds / warm.wallSeconds).toFixed(1)}× | ${fmt(corrected.wallSeconds)} | ${encoded(cold)} / ${encoded(warm)} / ${encoded(corrected)} | ${cpu(cold)} / ${cpu(warm)} | ${peak(cold)} / ${peak(warm)} | ${cache ? `${mib(cache.bytes)} (${cache.files.toLocaleString("en")})` : "–"} |`;
}

function details(result: ImageCacheResult): string {
  const { baseline, cold, warm, corrected } = result;
  const perImage = (a: number, b: number) => `${((a - b) / result.images).toFixed(2)} s`;
  const phases = (run: Run) => `validate ${fmt(run.report.timings.validate)}, plan ${fmt(run.report.timings.plan)}, Eleventy ${fmt(run.report.timings.eleventy)}`;
  const runs = [
    `cold ${summary(cold)} (${phases(cold)})`,
    `warm ${summary(warm)} (${phases(warm)})`,
    `one corrected ${summary(corrected)}`,
    ...(baseline ? [`without images ${summary(baseline)} (${phases(baseline)})`] : []),
  ];
  const extra = baseline
    ? ` Warm build minus the build without images (reading and hashing the sources, linking the renditions, bigger pages): ${fmt(warm.wallSeconds - baseline.wallSeconds)} s wall, ${fmt(warm.cpuSeconds - baseline.cpuSeconds)} s CPU.`
    : "";
  return `- ${result.releases.toLocaleString("en")}: ${result.images.toLocaleString("en")} source JPEGs of 1600×1000, ${mib(result.sourceBytes)} MiB. ${runs.join("; ")}. Encoding added ${perImage(cold.wallSeconds, warm.wallSeconds)} of wall time and ${perImage(cold.cpuSeconds, warm.cpuSeconds)} of CPU per image.${extra}`;
}

/** The table and notes of `--images` runs, for bench/results.md. */
export function imageCacheTable(results: readonly ImageCacheResult[]): string[] {
  return [...header, ...results.map(row), "", ...results.map(details)];
}
