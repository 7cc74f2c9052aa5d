/**
 * What three languages cost (issue #14), for `npm run bench -- --languages`: the corpus
 * in English alone, then the same files spread over English, French and Arabic
 * (corpus-languages.ts), each built clean, then the multilingual site after one corrected
 * release. One build each; compare within the run.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runBuild, work, type Run } from "./child-build.ts";
import { spreadOverLanguages, type LanguageSpread } from "./corpus-languages.ts";
import { generateCorpus, newestRelease } from "./generate-corpus.ts";

export interface LanguagesResult {
  readonly releases: number;
  readonly spread: LanguageSpread;
  readonly oneLanguage: Run;
  readonly threeLanguages: Run;
  readonly corrected: Run;
}

const log = (line: string) => console.error(line);

export async function benchLanguages(releases: number, options: { readonly seed: number; readonly keep: boolean }): Promise<LanguagesResult> {
  const contentDir = path.join(work, `corpus-languages-${releases}`);
  const outDir = path.join(work, `site-languages-${releases}`);
  const emptyStore = () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}.builds`, { recursive: true, force: true });
  };
  generateCorpus({ dir: contentDir, releases, seed: options.seed });
  emptyStore();
  const oneLanguage = await runBuild(contentDir, outDir, false, ["--clean"]);
  log(`${releases}, English only: ${oneLanguage.wallSeconds.toFixed(1)} s`);
  const spread = spreadOverLanguages(path.join(contentDir, "releases"));
  emptyStore();
  const threeLanguages = await runBuild(contentDir, outDir, false, ["--clean"]);
  log(`${releases} in three languages (${spread.english} / ${spread.french} / ${spread.arabic}): ${threeLanguages.wallSeconds.toFixed(1)} s`);
  const newest = newestRelease(path.join(contentDir, "releases"));
  const original = readFileSync(newest, "utf8");
  writeFileSync(newest, original.replace(/\n---\n/, "\n---\nCorrection: an earlier version of this release gave the wrong date.\n\n"));
  const corrected = await runBuild(contentDir, outDir, false);
  writeFileSync(newest, original);
  log(`${releases} in three languages, one corrected: ${corrected.wallSeconds.toFixed(1)} s; ${corrected.report.incremental}`);
  if (!options.keep) {
    emptyStore();
    rmSync(contentDir, { recursive: true, force: true });
  }
  return { releases, spread, oneLanguage, threeLanguages, corrected };
}

/** The table and notes of `--languages` runs, for bench/results.md. */
export function languagesTable(results: readonly LanguagesResult[]): string[] {
  const peak = (run: Run) => `${(Math.max(0, ...run.processes.map((p) => p.peakKiB)) / 1024).toFixed(0)} MiB`;
  return [
    "| releases | English / French / Arabic | one language, clean s | three languages, clean s | ratio | one corrected s | CPU s one / three | peak RSS one / three |",
    "|---:|---|---:|---:|---:|---:|---|---|",
    ...results.map((r) => `| ${r.releases.toLocaleString("en")} | ${r.spread.english.toLocaleString("en")} / ${r.spread.french.toLocaleString("en")} / ${r.spread.arabic.toLocaleString("en")} | ${r.oneLanguage.wallSeconds.toFixed(1)} | ${r.threeLanguages.wallSeconds.toFixed(1)} | ${(r.threeLanguages.wallSeconds / r.oneLanguage.wallSeconds).toFixed(2)}× | ${r.corrected.wallSeconds.toFixed(1)} | ${r.oneLanguage.cpuSeconds.toFixed(0)} / ${r.threeLanguages.cpuSeconds.toFixed(0)} | ${peak(r.oneLanguage)} / ${peak(r.threeLanguages)} |`),
    "",
    ...results.map((r) => `- ${r.releases.toLocaleString("en")}: the one-corrected build: ${r.corrected.report.incremental}. French releases are translations of the English release before them; the words are the generator's English ones.`),
  ];
}
