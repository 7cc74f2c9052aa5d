/**
 * How often a reader's search finds the release they mean first (issue #15). For a seeded
 * sample of published releases whose title no other release shares, three searches are
 * typed into the site's own search page in Chromium and the first result is compared:
 * the exact title; three words of the title that no other title holds together (picked
 * at random among such choices, in headline order, as readers remember a headline); and
 * three title words picked at random, which in a corpus of templated headlines often fit
 * many titles, so that one only counts whether the first result's title holds all three.
 * Prints nothing itself; `npm run bench` adds the figures to its table.
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

/** A query whose first result was not the one the bench counts as found. */
export interface RelevanceMiss {
  readonly kind: "exact title" | "identifying words" | "random words";
  readonly query: string;
  readonly wanted: string;
  readonly first: string;
}

export interface RelevanceResult {
  readonly sample: number;
  /** Share of exact titles whose release came first. */
  readonly exactTitle: number;
  /** Share of sampled releases with three words of their title that no other title holds together. */
  readonly identifiable: number;
  /** Of those, the share whose release came first for such three words. */
  readonly threeWords: number;
  /** How often three title words picked at random fit no other title. */
  readonly randomWordsIdentify: number;
  /**
   * For three title words picked at random, identifying or not: the share whose first
   * result has a title holding all three, the best a ranking can do when several titles do.
   */
  readonly randomWordsTitleFirst: number;
  /** Queries whose release did not come first: what was asked, wanted, and shown first. */
  /** Each query asked once; a miss of random words is a first result whose title lacks one of them. */
  readonly misses: readonly RelevanceMiss[];
}

/** Words too common to remember a headline by; readers leave them out. */
const stopWords = new Set(["the", "and", "for", "after", "with", "from", "into", "over", "its", "their", "are", "was", "has", "have", "new"]);

/** A title's words as a reader types them: three letters or more, punctuation at the ends trimmed, stop words left out. */
function contentWords(title: string): string[] {
  return title.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter((w) => w.length >= 3 && !stopWords.has(w.toLowerCase()));
}

/** Close enough to the index's stemmer to tell whether two titles share a word: "vehicles" and "vehicle" do. */
function stem(word: string): string {
  return word.toLowerCase().replace(/(?:es|s|ed|ing)$/, "");
}

/**
 * Which titles hold every one of some words (after stemming): the test of whether three
 * words single a release out. A title is found through its rarest word's postings.
 */
class TitleWords {
  private readonly postings = new Map<string, Set<number>>();

  constructor(titles: readonly string[]) {
    titles.forEach((title, i) => {
      for (const word of title.split(/[\s\-–:,."'!?()]+/)) {
        if (!word) continue;
        const key = stem(word);
        let set = this.postings.get(key);
        if (!set) this.postings.set(key, (set = new Set()));
        set.add(i);
      }
    });
  }

  /** How many titles hold all of `words` (each split as the index splits hyphenated words). */
  holding(words: readonly string[]): number {
    const sets = this.keysOf(words).map((k) => this.postings.get(k) ?? new Set<number>()).sort((a, b) => a.size - b.size);
    return [...(sets[0] ?? [])].filter((id) => sets.every((set) => set.has(id))).length;
  }

  /** Whether title number `id` holds all of `words`. */
  holds(id: number, words: readonly string[]): boolean {
    return this.keysOf(words).every((key) => this.postings.get(key)?.has(id) ?? false);
  }

  private keysOf(words: readonly string[]): string[] {
    return words.flatMap((w) => w.split(/[-–]/)).filter(Boolean).map(stem);
  }
}

/** Every choice of three of `words`, in headline order. */
function triples(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) for (let k = j + 1; k < words.length; k++) out.push([words[i]!, words[j]!, words[k]!]);
  return out;
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

/**
 * Three words of a title only name one release when no other title holds them all:
 * "Police stop Elddale" fits every "Police stop … in Elddale", and no ranking can know
 * which the reader meant. So each sampled release is asked for by three of its words
 * that fit its title alone (picked at random among such choices), and the figure is
 * the share found first; how often random words would have been that specific is
 * reported beside it, since it says more about the corpus than about the ranking.
 */
export async function measureRelevance(siteDir: string, contentDir: string, options: { sample?: number; seed?: number; buildTime?: string } = {}): Promise<RelevanceResult> {
  const buildTime = options.buildTime ? DateTime.fromISO(options.buildTime, { setZone: true }) : DateTime.now();
  const { releases, config } = loadContent({ contentDir, buildTime });
  const published = releases.filter((release) => visibilityOf(release, buildTime.toMillis(), "production").indexed && release.lang === config.language);
  // A title that two releases share cannot find one of them first; the generated corpus
  // repeats its headline patterns, so only releases with a title of their own are asked for.
  const titles = new Map<string, number>();
  for (const release of published) titles.set(release.title.toLowerCase(), (titles.get(release.title.toLowerCase()) ?? 0) + 1);
  const indexed = published.filter((release) => titles.get(release.title.toLowerCase()) === 1);
  const words = new TitleWords(published.map((release) => release.title));
  const prefix = config.pathPrefix.replace(/\/$/, "");
  const titleNumber = new Map(published.map((release, i) => [`${prefix}${release.url}`, i]));
  const random = new SeededRandom(options.seed ?? 2026);
  const sample: Release[] = random.distinct(Math.min(options.sample ?? 200, indexed.length), () => random.pick(indexed));
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const misses: RelevanceMiss[] = [];
  const miss = (kind: RelevanceMiss["kind"], query: string, wanted: string, first: string) => {
    if (!misses.some((m) => m.query === query)) misses.push({ kind, query, wanted, first });
  };
  let exact = 0;
  let three = 0;
  let identifiable = 0;
  let randomTried = 0;
  let randomIdentify = 0;
  let randomTitleFirst = 0;
  try {
    const page = await browser.newPage();
    const searchUrl = `${server.url}search/`;
    for (const release of sample) {
      const wanted = `${prefix}${release.url}`;
      const byTitle = await firstResult(page, searchUrl, release.title);
      if (byTitle === wanted) exact += 1;
      else miss("exact title", release.title, wanted, byTitle);
      const choices = triples(contentWords(release.title));
      if (choices.length === 0) continue;
      randomTried += 1;
      const picked = random.pick(choices);
      if (words.holding(picked) === 1) randomIdentify += 1;
      const byPicked = await firstResult(page, searchUrl, picked.join(" "));
      const shown = titleNumber.get(byPicked);
      if (shown !== undefined && words.holds(shown, picked)) randomTitleFirst += 1;
      else miss("random words", picked.join(" "), wanted, byPicked);
      const specific = choices.filter((choice) => words.holding(choice) === 1);
      if (specific.length === 0) continue;
      identifiable += 1;
      const query = random.pick(specific).join(" ");
      const byWords = await firstResult(page, searchUrl, query);
      if (byWords === wanted) three += 1;
      else miss("identifying words", query, wanted, byWords);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    sample: sample.length,
    exactTitle: exact / Math.max(1, sample.length),
    identifiable: identifiable / Math.max(1, sample.length),
    threeWords: three / Math.max(1, identifiable),
    randomWordsIdentify: randomIdentify / Math.max(1, randomTried),
    randomWordsTitleFirst: randomTitleFirst / Math.max(1, randomTried),
    misses,
  };
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
