/**
 * How fast `npm start` answers an editor (issue #13, "Preview"): on a generated newsroom,
 * the time to the first page after the start, from saving an edit to one release to the
 * new text on screen in Chromium (live reload), from saving a new release to it on
 * /news/, and how far the search index lags behind a save. Prints a table.
 *
 *   tsx bench/preview-latency.ts [--releases 10000] [--edits 5] [--adds 5] [--seed 2026] [--no-search] [--keep]
 *
 * Times run from just before the file is written to the first animation frame of the
 * reloaded page that holds the new text (marked by the page itself). Edits are a few seconds
 * apart, as an editor's saves are, so a background search build is usually running at
 * the time, as it would be. A benchmark: it never fails on a threshold.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { chromium, type Page } from "@playwright/test";
import { loadSiteConfig } from "../lib/config/site-config.ts";
import { decodeReleaseFile } from "../lib/content/decode-file.ts";
import { listReleaseFiles } from "../lib/content/load-content.ts";
import { parseRelease } from "../lib/content/parse-release.ts";
import { createMarkdown } from "../lib/markdown/create-markdown.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/support/chromium.ts";
import { defaultSeed, generateCorpus } from "./generate-corpus.ts";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(os.tmpdir(), "newsroom-bench", "preview");

const { values } = parseArgs({
  options: {
    releases: { type: "string", default: "10000" },
    edits: { type: "string", default: "5" },
    adds: { type: "string", default: "5" },
    seed: { type: "string", default: String(defaultSeed) },
    "no-search": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const releases = Number(values.releases);
const edits = Number(values.edits);
const adds = Number(values.adds);
const contentDir = path.join(work, `corpus-${releases}`);
const searchDir = path.join(work, "search-build");

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The preview's terminal, each line with the time it arrived. */
class PreviewOutput {
  readonly lines: { at: number; text: string }[] = [];
  private partial = "";

  constructor(child: ChildProcess) {
    const take = (chunk: string) => {
      const parts = (this.partial + chunk).split("\n");
      this.partial = parts.pop() ?? "";
      const at = performance.now();
      for (const text of parts) this.lines.push({ at, text });
    };
    child.stdout!.setEncoding("utf8").on("data", take);
    child.stderr!.setEncoding("utf8").on("data", take);
  }

  /** What the preview printed since `since`, for the log (a code change elsewhere restarts its worker). */
  since(since: number): string {
    return this.lines.filter((line) => line.at >= since && line.text.trim()).map((line) => line.text.trim()).join(" / ");
  }

  async waitFor(pattern: RegExp, after = 0, timeoutMs = 600_000): Promise<{ at: number; text: string; match: RegExpExecArray }> {
    const end = performance.now() + timeoutMs;
    for (;;) {
      for (const line of this.lines) {
        const match = line.at >= after ? pattern.exec(line.text) : null;
        if (match) return { ...line, match };
      }
      if (performance.now() > end) throw new Error(`timed out waiting for ${pattern} in the preview's output:\n${this.lines.map((l) => l.text).join("\n")}`);
      await pause(20);
    }
  }
}

/**
 * Marks, in the page itself, when a page that holds the awaited text has loaded: at the
 * first animation frame after its DOM is ready, the frame that paints it. Playwright's own
 * waits poll up to 500 ms apart, which would blur times below a second.
 */
const paintProbe = () => {
  addEventListener("DOMContentLoaded", () => {
    const text = sessionStorage.getItem("latency-probe");
    if (text && document.body.textContent?.includes(text)) requestAnimationFrame(() => sessionStorage.setItem("latency-probe-seen", String(Date.now())));
  });
};

async function timeToText(page: Page, output: PreviewOutput, what: string, text: string, write: () => void): Promise<number> {
  await page.evaluate((probe) => {
    sessionStorage.setItem("latency-probe", probe);
    sessionStorage.removeItem("latency-probe-seen");
  }, text);
  const since = performance.now();
  // Date.now() on both sides: the browser runs on this machine's clock.
  const written = Date.now();
  write();
  let seen: number | undefined;
  const end = written + 60_000;
  while (seen === undefined) {
    if (Date.now() > end) throw new Error(`${what}: "${text}" never appeared: ${output.since(since)}`);
    await pause(100);
    // The page may be between two documents; ask again then.
    const value = await page.evaluate(() => sessionStorage.getItem("latency-probe-seen")).catch(() => null);
    if (value) seen = Number(value);
  }
  const ms = seen - written;
  console.log(`${what}: ${seconds(ms)} s (the preview said: ${output.since(since)})`);
  return ms;
}

async function main(): Promise<void> {
  console.log(`Generating ${releases} releases into ${contentDir} …`);
  generateCorpus({ dir: contentDir, releases, seed: Number(values.seed) });
  rmSync(searchDir, { recursive: true, force: true });
  rmSync(`${searchDir}.builds`, { recursive: true, force: true });

  // The release to edit: one from the middle of the archive, and its address.
  const files = listReleaseFiles(path.join(contentDir, "releases"));
  const edited = files[Math.floor(files.length / 2)]!;
  const original = readFileSync(edited, "utf8");
  const config = loadSiteConfig(path.join(contentDir, "site.json"));
  const decoded = decodeReleaseFile(readFileSync(edited));
  const release = decoded.ok ? parseRelease(edited, decoded.text, config, createMarkdown(config.markdown), DateTime.now()).release : undefined;
  if (!release) throw new Error(`${edited} does not parse; the corpus generator changed?`);

  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts"), "--port", "0", "--content", contentDir, "--out", searchDir], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = new PreviewOutput(child);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const url = (await output.waitFor(/ at (http:\/\/\S+\/) /)).match[1]!;
    let firstPage = 0;
    for (;;) {
      const response = await fetch(url).catch(() => undefined);
      if (response?.status === 200) {
        await response.text();
        firstPage = performance.now() - started;
        break;
      }
      await response?.text();
      await pause(20);
    }
    const loaded = (await output.waitFor(/Loaded (\d+) releases in ([\d.]+) s/)).match;
    console.log(`First page after ${seconds(firstPage)} s (the worker loaded ${loaded[1]} releases in ${loaded[2]} s).`);

    const page = await browser.newPage();
    await page.addInitScript(paintProbe);
    const editTimes: number[] = [];
    await page.goto(new URL(release.url.slice(1), url).href);
    for (let i = 1; i <= edits; i++) {
      await pause(3000);
      const marker = `Latency probe ${i} ${Math.random().toString(36).slice(2, 8)}`;
      editTimes.push(await timeToText(page, output, `edit ${i}`, marker, () => writeFileSync(edited, `${original.trimEnd()}\n\n${marker}\n`)));
    }

    const addTimes: number[] = [];
    let lastAdd: { at: number; word: string } | undefined;
    const addRelease = (i: number, word: string, title: string) =>
      writeFileSync(
        path.join(contentDir, "releases", "2026", `latency-probe-${i}.md`),
        `---\ntitle: "${title}"\ndate: 2026-07-${String(i).padStart(2, "0")}T09:00:00+02:00\ncrime_areas: [Burglary]\n---\nA release added while the preview runs; the word ${word} is in no other release.\n`,
      );
    await page.goto(new URL("news/", url).href);
    for (let i = 1; i <= adds; i++) {
      await pause(3000);
      const word = `zq${Math.random().toString(36).slice(2, 10)}`;
      const title = `Latency probe release ${i} ${word}`;
      const at = performance.now();
      addTimes.push(await timeToText(page, output, `new release ${i}`, title, () => addRelease(i, word, title)));
      lastAdd = { at, word };
    }

    // Search: the first background build that started after a save holds it. After a burst
    // of saves a build is usually running, and the save waits for it and one more; a save
    // when none is running waits for one build.
    const searchLag = async (save: { at: number; word: string }) => {
      for (let after = save.at; ; ) {
        const done = await output.waitFor(/Search index updated in ([\d.]+) s/, after);
        const took = Number(done.match[1]) * 1000;
        if (done.at - took >= save.at) {
          await page.goto(new URL(`search/?q=${save.word}`, url).href);
          await page.locator("[data-search-results] > li").getByText(save.word).first().waitFor({ timeout: 30_000 });
          return { lag: done.at - save.at, build: took };
        }
        after = done.at + 1;
      }
    };
    let afterBurst: { lag: number; build: number } | undefined;
    let whenIdle: { lag: number; build: number } | undefined;
    if (!values["no-search"] && lastAdd) {
      afterBurst = await searchLag(lastAdd);
      console.log(`search finds the last release of the burst ${seconds(afterBurst.lag)} s after it was saved (the build that has it took ${seconds(afterBurst.build)} s)`);
      const word = `zq${Math.random().toString(36).slice(2, 10)}`;
      const save = { at: performance.now(), word };
      addRelease(adds + 1, word, `Latency probe release ${adds + 1} ${word}`);
      whenIdle = await searchLag(save);
      console.log(`search finds a release saved while no build ran ${seconds(whenIdle.lag)} s after it was saved (that build took ${seconds(whenIdle.build)} s)`);
    }

    console.log("");
    console.log(`Preview latency, ${releases.toLocaleString("en")} releases, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}:`);
    console.log("");
    console.log("| measure | median | all runs |");
    console.log("|---|---:|---|");
    console.log(`| first page after start | ${seconds(firstPage)} s | 1 run |`);
    console.log(`| edit to one release → new text on its page (live reload) | ${seconds(median(editTimes))} s | ${editTimes.map(seconds).join(", ")} |`);
    console.log(`| new release → on /news/ (live reload) | ${seconds(median(addTimes))} s | ${addTimes.map(seconds).join(", ")} |`);
    if (afterBurst) console.log(`| new release → found by the preview's search, last of a burst of saves | ${seconds(afterBurst.lag)} s | 1 run; the build that has it ${seconds(afterBurst.build)} s |`);
    if (whenIdle) console.log(`| new release → found by the preview's search, no build running | ${seconds(whenIdle.lag)} s | 1 run; the build that has it ${seconds(whenIdle.build)} s |`);
  } finally {
    await browser.close();
    child.kill();
    await new Promise((resolve) => child.once("exit", resolve));
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
