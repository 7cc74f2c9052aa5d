import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { BuildError } from "../errors.ts";

export interface IndexerOptions {
  /**
   * Pages sent to Pagefind and not yet answered. Beyond this, `add` makes the caller
   * wait, so a renderer faster than the indexer cannot queue the whole site in memory.
   */
  readonly maxPending?: number;
}

/**
 * Pagefind runs as one service process per Node process; it is stopped when no index is
 * open or opening. One process for every shard is deliberate: while it writes a shard,
 * pages for the next one wait, and so does Eleventy. A process per shard (tried, issue #6)
 * let writes overlap rendering, but on two cores the write already uses both, and the
 * contention cost more than it saved: at 20,000 releases 60 s more CPU and 10 s more wall.
 */
let openIndexes = 0;

/**
 * One Pagefind index, fed with each release page's HTML while Eleventy is still
 * rendering the rest: the pagefind binary parses pages on the second core, and only
 * the final write waits for it (search issue #4, benchmark issue #6).
 */
export class PagefindIndexer {
  private readonly pending = new Set<Promise<void>>();
  private readonly problems: string[] = [];
  private pages = 0;
  private closed = false;

  private constructor(
    private readonly index: PagefindIndex,
    private readonly maxPending: number,
  ) {}

  static async start(options: IndexerOptions = {}): Promise<PagefindIndexer> {
    // Counted from the start: an index written meanwhile must not stop the service under it.
    openIndexes += 1;
    let response: Awaited<ReturnType<typeof pagefind.createIndex>>;
    try {
      response = await pagefind.createIndex({});
    } catch (cause) {
      await release();
      throw new BuildError(`Pagefind could not start: ${message(cause)}. Reinstall dependencies with \`npm ci\` so the pagefind binary for this platform is present.`, { cause });
    }
    if (!response.index || response.errors.length > 0) {
      await release();
      throw new BuildError(`Pagefind could not create a search index: ${response.errors.join("; ") || "no index returned"}.`);
    }
    return new PagefindIndexer(response.index, options.maxPending ?? 64);
  }

  /** Number of pages handed to Pagefind so far. */
  get added(): number {
    return this.pages;
  }

  /**
   * Hands one page to Pagefind. Resolves at once unless too many pages are waiting;
   * problems are collected and reported by `finish`, with the page they belong to.
   */
  add(url: string, html: string): Promise<void> {
    if (this.closed) throw new BuildError(`Pagefind: ${url} was added after the search index was written.`);
    this.pages += 1;
    const task = this.index
      .addHTMLFile({ url, content: html })
      .then(
        (response) => {
          for (const error of response.errors) this.problems.push(`${url}: ${error}`);
        },
        (cause: unknown) => {
          this.problems.push(`${url}: ${message(cause)}`);
        },
      )
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
    return this.pending.size >= this.maxPending ? Promise.race(this.pending) : Promise.resolve();
  }

  /**
   * Waits for every page, writes the bundle to `outputPath` and closes the index.
   * `withScript: false` for a shard merged into another index, whose pagefind.js no page loads.
   */
  async finish(outputPath: string, withScript = true): Promise<void> {
    try {
      await Promise.all(this.pending);
      if (this.problems.length > 0) {
        const shown = this.problems.slice(0, 10).join("\n");
        const more = this.problems.length > 10 ? `\n… and ${this.problems.length - 10} more` : "";
        throw new BuildError(`Pagefind could not index ${this.problems.length} page${this.problems.length === 1 ? "" : "s"}; nothing was published:\n${shown}${more}`);
      }
      let response: Awaited<ReturnType<PagefindIndex["writeFiles"]>>;
      try {
        response = await whileAlive(this.index.writeFiles({ outputPath }));
      } catch (cause) {
        throw new BuildError(`Pagefind could not write the search index to ${outputPath}: ${message(cause)}`, { cause });
      }
      if (response.errors.length > 0) {
        throw new BuildError(`Pagefind could not write the search index to ${outputPath}: ${response.errors.join("; ")}`);
      }
      await removeUnusedFiles(outputPath, withScript);
    } finally {
      await this.close();
    }
  }

  /** Drops the index without writing it, e.g. when Eleventy failed half-way. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.index.deleteIndex();
    } catch {
      // The service may already be gone; nothing is left to free then.
    }
    await release();
  }
}

async function release(): Promise<void> {
  openIndexes -= 1;
  if (openIndexes === 0) await pagefind.close();
}

/**
 * Waits for a Pagefind reply, checking every two seconds that the service still runs.
 * The Node API does not notice when the pagefind binary dies (it panics on, say, a full
 * disk) and would wait forever; a message to a dead service fails its pipe, and that
 * makes the API reject every open request, this one included.
 */
async function whileAlive<T>(reply: Promise<T>): Promise<T> {
  let settled = false;
  const ping = setInterval(() => {
    if (settled) return;
    pagefind.createIndex({}).then((probe) => probe.index?.deleteIndex(), () => undefined).catch(() => undefined);
  }, 2000);
  try {
    return await reply;
  } finally {
    settled = true;
    clearInterval(ping);
  }
}

function message(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return text === "Pagefind backend closed" ? "the pagefind process stopped unexpectedly (its own message is printed above)" : text;
}

/**
 * Pagefind writes its own ready-made interfaces and a worker beside every index; the site
 * loads none of them (its search page is its own, and runs Pagefind in the site's own
 * search script started as a worker, lib/search/client/search-worker.ts), so they are not
 * published. It also writes the word splitter for languages it has no stemmer for
 * (`wasm.unknown.pagefind`), which is loaded only when the
 * index's entry names it, and a shard merged into another index needs no pagefind.js.
 */
const unusedFiles = [
  "pagefind-ui.js", "pagefind-ui.css",
  "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css",
  "pagefind-highlight.js", "pagefind-worker.js",
];

export async function removeUnusedFiles(outputPath: string, withScript: boolean): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { wasm?: string | null }> };
  const unknownUsed = Object.values(entry.languages).some((language) => !language.wasm || language.wasm === "unknown");
  const unused = [...unusedFiles, ...(unknownUsed ? [] : ["wasm.unknown.pagefind"]), ...(withScript ? [] : ["pagefind.js"])];
  await Promise.all(unused.map((name) => rm(path.join(outputPath, name), { force: true })));
}
