/**
 * How often a reader's search finds the release they mean first (issue #15): for a seeded
 * sample of published releases, the exact title and three words taken from it (in their
 * order, as readers remember a headline) are typed into the site's own search page in
 * Chromium, and the first result is compared with the release. Only releases whose title
 * no other release shares are sampled. Prints nothing itself;
 * `npm run bench` adds the figures and a few misses to its table.
 *
 *   tsx bench/search-relevance.ts <siteDir> <contentDir> [--sample 200] [--seed 2026]
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { DateTime } from "luxon";
import { serveStatic } from "../lib/build/static-server.ts";
import { loadContent } from "../lib/content/load-content.ts";
import type { Release } from "../lib/model/release.ts";
import { visibilityOf } from "../lib/visibility/release-state.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/support/chromium.ts";
import { SeededRandom } from "./seeded-random.ts";

export interface RelevanceResult {
  readonly sample: number;
  /** Share of exact titles whose release came first. */
  readonly exactTitle: number;
  /** Share of three-word queries whose release came first. */
  readonly threeWords: number;
  /** A few queries whose release did not come first: what was asked, wanted, and shown first. */
  readonly misses: readonly { readonly query: string; readonly wanted: string; readonly first: string }[];
}

/** Words a reader might remember: three of at least three letters, in headline order. */
function threeWordsOf(title: string, random: SeededRandom): string | undefined {
  const words = title.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((w) => w.length >= 3);
  if (words.length < 3) return undefined;
  const chosen = new Set<number>();
  while (chosen.size < 3) chosen.add(random.int(0, words.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => words[i]).join(" ");
}

/** The href of the first result for `query` on the search page, or "" when there is none. */
async function firstResult(page: Page, searchUrl: string, query: string): Promise<string> {
  await page.goto(`${searchUrl}?q=${encodeURIComponent(query)}`);
  const first = page.locator("[data-search-results] > li a").first();
  const status = page.locator("[data-search-status]");
  await page.waitForFunction(() => {
    const text = document.querySelector("[data-search-status]")?.textContent ?? "";
    return /found/i.test(text);
  }, undefined, { timeout: 60_000 });
  if ((await status.textContent())?.match(/^No releases/i)) return "";
  return (await first.getAttribute("href")) ?? "";
}

export async function measureRelevance(siteDir: string, contentDir: string, options: { sample?: number; seed?: number; buildTime?: string } = {}): Promise<RelevanceResult> {
  const buildTime = options.buildTime ? DateTime.fromISO(options.buildTime, { setZone: true }) : DateTime.now();
  const { releases, config } = loadContent({ contentDir, buildTime });
  // A title that two releases share cannot find one of them first; the generated corpus
  // repeats its headline patterns, so only releases with a title of their own are asked for.
  const titles = new Map<string, number>();
  for (const release of releases) titles.set(release.title.toLowerCase(), (titles.get(release.title.toLowerCase()) ?? 0) + 1);
  const indexed = releases.filter((release) => visibilityOf(release, buildTime.toMillis(), "production").indexed && titles.get(release.title.toLowerCase()) === 1);
  const random = new SeededRandom(options.seed ?? 2026);
  const sample: Release[] = random.distinct(Math.min(options.sample ?? 200, indexed.length), () => random.pick(indexed));
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const misses: { query: string; wanted: string; first: string }[] = [];
  let exact = 0;
  let three = 0;
  let threeAsked = 0;
  try {
    const page = await browser.newPage();
    const searchUrl = `${server.url}search/`;
    const prefix = config.pathPrefix.replace(/\/$/, "");
    for (const release of sample) {
      const wanted = `${prefix}${release.url}`;
      const byTitle = await firstResult(page, searchUrl, release.title);
      if (byTitle === wanted) exact += 1;
      else if (misses.length < 6) misses.push({ query: release.title, wanted, first: byTitle });
      const words = threeWordsOf(release.title, random);
      if (!words) continue;
      threeAsked += 1;
      const byWords = await firstResult(page, searchUrl, words);
      if (byWords === wanted) three += 1;
      else if (misses.length < 6) misses.push({ query: words, wanted, first: byWords });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { sample: sample.length, exactTitle: exact / Math.max(1, sample.length), threeWords: three / Math.max(1, threeAsked), misses };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { sample: { type: "string", default: "200" }, seed: { type: "string", default: "2026" }, "build-time": { type: "string" } } });
  const [siteDir, contentDir] = positionals;
  if (!siteDir || !contentDir) {
    console.error("usage: tsx bench/search-relevance.ts <siteDir> <contentDir> [--sample 200] [--seed 2026] [--build-time ISO]");
    process.exit(2);
  }
  const result = await measureRelevance(siteDir, contentDir, { sample: Number(values.sample), seed: Number(values.seed), buildTime: values["build-time"] });
  console.log(JSON.stringify(result, null, 2));
}
