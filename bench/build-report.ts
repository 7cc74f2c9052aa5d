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
}

export const reportPrefix = "BENCH ";
