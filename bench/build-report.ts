import type { BuildTimings } from "../lib/build/build-site.ts";

/** What bench/build-once.ts reports to bench/run-bench.ts, on one stdout line. */
export interface BuildReport {
  readonly releases: number;
  readonly files: number;
  readonly seconds: number;
  readonly timings: BuildTimings;
  /** Whether buildSite() wrote the search index or the bench added it afterwards. */
  readonly searchIndexedBy: "build" | "bench";
  /** What an incremental build rendered and reused, in words ("full build: …" for a clean one). */
  readonly incremental: string;
  /** Peak resident set of the build's Node process, KiB. */
  readonly maxRssKiB: number;
  /** The build store's image cache after the build (issue #11), when there is one. */
  readonly imageCache?: ImageCacheCount;
}

/** Renditions and crops in the image cache, and those this build wrote (encoded). */
export interface ImageCacheCount {
  readonly files: number;
  readonly bytes: number;
  readonly writtenFiles: number;
  /** Distinct source images among the written files (cache file names start with the image's hash). */
  readonly writtenImages: number;
}

export const reportPrefix = "BENCH ";
