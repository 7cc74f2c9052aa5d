/**
 * Writes a deterministic synthetic newsroom for the benchmark (issue #6): N releases over
 * 2005–2026 with the front matter editors write (plain dates and date-times with offsets,
 * four types, summaries on about 40 %, 0–3 terms per taxonomy, source URLs, updates) and
 * Markdown bodies of 300–900 invented words with headings, lists, links and an occasional
 * table. Same seed, same files. Never point it at content/.
 *
 * With `imageEvery` (issue #11), every n-th release is a folder (`…/<name>/index.md`)
 * with a lead image beside it; the images come from their own seeds, so every release
 * reads as it does without images, apart from its `image:` lines.
 *
 *   tsx bench/generate-corpus.ts <dir> [--releases 1000] [--seed 2026] [--image-every 10]
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DateTime } from "luxon";
import { toSlug } from "../lib/model/slug.ts";
import { type CorpusImage, writeCorpusImages } from "./corpus-images.ts";
import { commonWords, given, headlines, places, ranks, surnames, vocabularies } from "./corpus-vocabulary.ts";
import { SeededRandom, ZipfPicker } from "./seeded-random.ts";

export interface CorpusOptions {
  /** Folder to (re)create; gets site.json and releases/YYYY/*.md. */
  readonly dir: string;
  readonly releases: number;
  readonly seed?: number;
  /** site.json to copy (default: the sample site's content/site.json). */
  readonly siteJson?: string;
  /**
   * Every n-th release (the 1st, the n+1-th, …) becomes a page bundle with a lead image;
   * undefined or 0: none, so figures stay comparable with runs from before images.
   */
  readonly imageEvery?: number;
}

export interface CorpusSummary {
  readonly dir: string;
  readonly releases: number;
  readonly markdownBytes: number;
  /** Lead images the releases name; generateCorpus() leaves them to writeCorpusImages(). */
  readonly images: readonly CorpusImage[];
}

export const defaultSeed = 2026;
const zone = "Europe/Amsterdam";
const firstDay = DateTime.fromISO("2005-01-01T00:00:00", { zone });
const lastDay = DateTime.fromISO("2026-06-30T23:59:59", { zone });
const sampleSiteJson = path.resolve(import.meta.dirname, "../content/site.json");

const words = new ZipfPicker(commonWords, 0.9);
const placePicker = new ZipfPicker(places, 1.05);
const surnamePicker = new ZipfPicker(surnames, 0.8);
const termPickers = Object.fromEntries(
  Object.entries(vocabularies).map(([key, terms]) => [key, new ZipfPicker(terms, 1)]),
);
const types: readonly (string | undefined)[] = [
  ...Array<string>(50).fill("press-release"),
  ...Array<string>(28).fill("news"),
  ...Array<string>(5).fill("speech"),
  ...Array<string>(9).fill("statement"),
  // Left out: the site's defaultType applies.
  ...Array<undefined>(8).fill(undefined),
];

/** The corpus with its images written: generateCorpus() and writeCorpusImages(). */
export async function generateCorpusWithImages(options: CorpusOptions): Promise<CorpusSummary> {
  const summary = generateCorpus(options);
  await writeCorpusImages(summary.images);
  return summary;
}

/** Writes the Markdown (synchronously); images the releases name are only listed. */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const seed = options.seed ?? defaultSeed;
  const random = new SeededRandom(seed);
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(path.join(options.dir, "releases"), { recursive: true });
  copyFileSync(options.siteJson ?? sampleSiteJson, path.join(options.dir, "site.json"));

  const slugsByMonth = new Map<string, Set<string>>();
  const madeDirs = new Set<string>();
  let markdownBytes = 0;
  const images: CorpusImage[] = [];
  const span = lastDay.toMillis() - firstDay.toMillis();

  for (let n = 0; n < options.releases; n++) {
    const when = DateTime.fromMillis(firstDay.toMillis() + Math.floor(random.next() * span), { zone }).set({
      hour: random.int(7, 21),
      minute: random.pick([0, 0, 15, 30, 45, random.int(0, 59)]),
      second: 0,
      millisecond: 0,
    });
    const type = random.pick(types);
    const month = when.toFormat("yyyy-MM");
    const taken = slugsByMonth.get(month) ?? new Set<string>();
    slugsByMonth.set(month, taken);
    const title = uniqueTitle(random, type, taken);
    const slug = toSlug(title);
    taken.add(slug);

    const withImage = options.imageEvery ? n % options.imageEvery === 0 : false;
    // A seed of its own per image, so the main stream (and every other release) is unchanged.
    const imageSeed = (Math.imul(seed, 0x9e3779b1) ^ (n + 1)) >>> 0;
    const text = releaseFile(random, title, when, type, slug, withImage ? leadImageLines(new SeededRandom(imageSeed), type) : []);
    const yearDir = path.join(options.dir, "releases", when.toFormat("yyyy"));
    if (!madeDirs.has(yearDir)) {
      mkdirSync(yearDir, { recursive: true });
      madeDirs.add(yearDir);
    }
    const name = `${when.toFormat("yyyy-MM-dd")}-${slug}`;
    if (withImage) {
      const bundle = path.join(yearDir, name);
      mkdirSync(bundle);
      writeFileSync(path.join(bundle, "index.md"), text);
      images.push({ file: path.join(bundle, leadImageFile), seed: imageSeed });
    } else {
      writeFileSync(path.join(yearDir, `${name}.md`), text);
    }
    markdownBytes += Buffer.byteLength(text);
  }
  return { dir: options.dir, releases: options.releases, markdownBytes, images };
}

const leadImageFile = "lead-photo.jpg";

/**
 * The file of the newest release (files and bundle folders are named by date), or of the
 * newest with a lead image: a bundle's `index.md` is ordered by its folder's name.
 */
export function newestRelease(releasesDir: string, withImage = false): string {
  const files = readdirSync(releasesDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md") && (!withImage || e.name === "index.md"))
    .map((e) => path.join(e.parentPath, e.name));
  const name = (file: string) => (path.basename(file) === "index.md" ? path.basename(path.dirname(file)) : path.basename(file));
  const newest = files.sort((a, b) => name(a).localeCompare(name(b))).at(-1);
  if (!newest) throw new Error(`No release${withImage ? " with an image" : ""} in ${releasesDir}`);
  return newest;
}

/** The `image:` front matter of a bundle: its file and a seeded alt text as editors write it. */
function leadImageLines(random: SeededRandom, type: string | undefined): string[] {
  const who = type === "speech" ? `${random.pick(ranks)} ${surnamePicker.pick(random)} speaking` : random.pick(["Officers", "A patrol car", "Forensic investigators", "A police cordon"]);
  const alt = `${who} in ${placePicker.pick(random)}, ${random.pick(["at dusk", "in the rain", "on a sunny morning", "beside the harbour", "outside the station"])}`;
  return ["image:", `  src: ${leadImageFile}`, `  alt: ${JSON.stringify(alt)}`];
}

function releaseFile(random: SeededRandom, title: string, when: DateTime, type: string | undefined, slug: string, extra: readonly string[]): string {
  const lines = ["---", `title: ${yamlText(title)}`, `date: ${dateText(random, when)}`];
  if (type) lines.push(`type: ${type}`);
  if (random.chance(0.4)) lines.push(`summary: ${JSON.stringify(capitalise(sentence(random, 18, 34)))}`);
  for (const [key, terms] of Object.entries(vocabularies)) {
    const count = random.int(0, 3);
    if (count === 0) continue;
    const picker = termPickers[key]!;
    const chosen = random.distinct(Math.min(count, terms.length), () => picker.pick(random));
    lines.push(`${key}:`, ...chosen.map((term) => `  - ${term}`));
  }
  if (random.chance(0.2)) lines.push(`source_url: https://police.havenmark.example/news/${when.toFormat("yyyy")}/${slug}`);
  if (random.chance(0.1)) lines.push(`updated: ${when.plus({ days: random.int(1, 30) }).toFormat("yyyy-MM-dd")}`);
  lines.push(...extra, "---", "", body(random, when), "");
  return lines.join("\n");
}

/** Plain dates, date-times with the local offset, and a few in UTC, as editors write them. */
function dateText(random: SeededRandom, when: DateTime): string {
  const roll = random.next();
  if (roll < 0.45) return when.toFormat("yyyy-MM-dd");
  if (roll < 0.9) return when.toISO({ suppressMilliseconds: true }) ?? "";
  return when.toUTC().toISO({ suppressMilliseconds: true }) ?? "";
}

function uniqueTitle(random: SeededRandom, type: string | undefined, taken: ReadonlySet<string>): string {
  for (let attempt = 0; attempt < 5; attempt++) {
    const title = headline(random, type);
    if (!taken.has(toSlug(title))) return title;
  }
  const base = headline(random, type);
  for (let part = 2; ; part++) {
    const title = `${base}, update ${part}`;
    if (!taken.has(toSlug(title))) return title;
  }
}

function headline(random: SeededRandom, type: string | undefined): string {
  const h = headlines;
  const place = placePicker.pick(random);
  switch (type) {
    case "speech":
      return `${random.pick(ranks)} ${surnamePicker.pick(random)}: ${random.pick(h.speeches).toLowerCase()} ${random.pick(h.events)} in ${place}`.replace(/: (\w)/, (_, c: string) => `: ${c.toUpperCase()}`);
    case "statement":
      return `${random.pick(h.statements)} ${random.pick(h.subjects)} ${place} ${random.pick(h.incidents)} case`;
    default:
      return random.chance(0.3)
        ? `Appeal for witnesses after ${random.pick(h.incidents)} in ${place}`
        : `${random.pick(h.actors)} ${random.pick(h.verbs)} ${random.int(2, 60)} ${random.pick(h.objects)} in ${place}`;
  }
}

function body(random: SeededRandom, when: DateTime): string {
  const target = random.int(300, 900);
  const blocks: string[] = [];
  let count = 0;
  const add = (block: string) => {
    blocks.push(block);
    count += block.split(/\s+/).length;
  };
  add(paragraph(random, when));
  while (count < target) {
    const roll = random.next();
    if (roll < 0.12) add(`## ${capitalise(sentence(random, 2, 5).replace(/\.$/, ""))}`);
    else if (roll < 0.22) add(list(random));
    else if (roll < 0.24) add(table(random, when));
    else add(paragraph(random, when));
  }
  return blocks.join("\n\n");
}

function paragraph(random: SeededRandom, when: DateTime): string {
  const sentences: string[] = [];
  for (let i = random.int(2, 6); i > 0; i--) {
    let text = capitalise(sentence(random, 8, 24));
    if (random.chance(0.25)) text = text.replace(/\.$/, ` in ${placePicker.pick(random)}.`);
    if (random.chance(0.12)) text = `${random.pick(ranks)} ${random.pick(given)} ${surnamePicker.pick(random)} said: "${capitalise(sentence(random, 8, 20))}"`;
    if (random.chance(0.08)) text = text.replace(/\.$/, ` (reference HRP-${when.toFormat("yyyy")}-${String(random.int(1, 9999)).padStart(4, "0")}).`);
    if (random.chance(0.1)) text = text.replace(/ (\w+ \w+)\.$/, (_, words: string) => ` [${words}](${link(random)}).`);
    sentences.push(text);
  }
  return sentences.join(" ");
}

function list(random: SeededRandom): string {
  const ordered = random.chance(0.3);
  const items: string[] = [];
  for (let i = 1, n = random.int(3, 6); i <= n; i++) {
    items.push(`${ordered ? `${i}.` : "-"} ${capitalise(sentence(random, 4, 12))}`);
  }
  return items.join("\n");
}

function table(random: SeededRandom, when: DateTime): string {
  const rows = ["| District | Incidents | Arrests |", "| --- | ---: | ---: |"];
  for (let i = random.int(3, 6); i > 0; i--) {
    rows.push(`| ${placePicker.pick(random)} | ${random.int(5, 900)} | ${random.int(0, 120)} |`);
  }
  return `Figures for ${when.toFormat("yyyy")}:\n\n${rows.join("\n")}`;
}

function link(random: SeededRandom): string {
  return random.chance(0.5)
    ? `https://www.havenmark.example/${toSlug(sentence(random, 1, 3))}`
    : `https://police.havenmark.example/advice/${random.pick(commonWords)}`;
}

function sentence(random: SeededRandom, min: number, max: number): string {
  const out: string[] = [];
  for (let i = random.int(min, max); i > 0; i--) {
    out.push(random.chance(0.04) ? String(random.int(2, 500)) : words.pick(random));
  }
  return `${out.join(" ")}.`;
}

/** Plain like editors write it, quoted when YAML would misread it (a colon in a speech title). */
function yamlText(text: string): string {
  return /: | #|^[\[\]{}&*!|>'"%@`]/.test(text) ? JSON.stringify(text) : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = args[0];
  if (!dir || dir.startsWith("--")) {
    console.error("usage: tsx bench/generate-corpus.ts <dir> [--releases 1000] [--seed 2026] [--image-every 10]");
    process.exit(2);
  }
  if (path.resolve(dir).startsWith(path.resolve(import.meta.dirname, "../content"))) {
    console.error("Refusing to write a synthetic corpus into content/.");
    process.exit(2);
  }
  const summary = await generateCorpusWithImages({
    dir,
    releases: Number(option("--releases") ?? 1000),
    seed: Number(option("--seed") ?? defaultSeed),
    imageEvery: Number(option("--image-every") ?? 0),
  });
  console.log(`Wrote ${summary.releases} releases (${(summary.markdownBytes / 2 ** 20).toFixed(1)} MiB of Markdown, ${summary.images.length} images) into ${summary.dir}.`);
}
