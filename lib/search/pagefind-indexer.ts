import type * as PagefindApi from "pagefind";
import type { PagefindIndex } from "pagefind";
import { BuildError } from "../errors.ts";

export interface IndexerOptions {
  /**
   * Pages sent to Pagefind and not yet answered. Beyond this, `add` makes the caller
   * wait, so a renderer faster than the indexer cannot queue the whole site in memory.
   */
  readonly maxPending?: number;
}

export interface IndexSummary {
  readonly pages: number;
  readonly outputPath: string;
  /** Seconds `finish` waited for pages still being indexed when rendering ended. */
  readonly catchUpSeconds: number;
  /** Seconds Pagefind took to build and write the bundle. */
  readonly writeSeconds: number;
}

type PagefindService = typeof PagefindApi;

const pagefindModule = import.meta.resolve("pagefind");
let services = 0;

/**
 * A pagefind process of its own for each index. Pagefind's Node API keeps one process
 * per copy of its module, and that process answers one request at a time: while it
 * writes one shard, pages for the next would wait, and Eleventy with them. A fresh copy
 * of the module per index lets the next shard fill while the last one is written, and
 * a written shard's memory goes back to the system when its process ends.
 */
async function startService(): Promise<PagefindService> {
  services += 1;
  return (await import(`${pagefindModule}?index=${services}`)) as PagefindService;
}

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
    private readonly service: PagefindService,
    private readonly index: PagefindIndex,
    private readonly maxPending: number,
  ) {}

  static async start(options: IndexerOptions = {}): Promise<PagefindIndexer> {
    const service = await startService();
    let response: Awaited<ReturnType<PagefindService["createIndex"]>>;
    try {
      response = await service.createIndex({});
    } catch (cause) {
      await service.close();
      throw new BuildError(`Pagefind could not start: ${message(cause)}. Reinstall dependencies with \`npm ci\` so the pagefind binary for this platform is present.`, { cause });
    }
    if (!response.index || response.errors.length > 0) {
      await service.close();
      throw new BuildError(`Pagefind could not create a search index: ${response.errors.join("; ") || "no index returned"}.`);
    }
    return new PagefindIndexer(service, response.index, options.maxPending ?? 64);
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

  /** Waits for every page, writes the bundle to `outputPath` and closes the index. */
  async finish(outputPath: string): Promise<IndexSummary> {
    try {
      const started = performance.now();
      await Promise.all(this.pending);
      const caughtUp = performance.now();
      if (this.problems.length > 0) {
        const shown = this.problems.slice(0, 10).join("\n");
        const more = this.problems.length > 10 ? `\n… and ${this.problems.length - 10} more` : "";
        throw new BuildError(`Pagefind could not index ${this.problems.length} page${this.problems.length === 1 ? "" : "s"}; nothing was published:\n${shown}${more}`);
      }
      let response: Awaited<ReturnType<PagefindIndex["writeFiles"]>>;
      try {
        response = await whileAlive(this.service, this.index.writeFiles({ outputPath }));
      } catch (cause) {
        throw new BuildError(`Pagefind could not write the search index to ${outputPath}: ${message(cause)}`, { cause });
      }
      if (response.errors.length > 0) {
        throw new BuildError(`Pagefind could not write the search index to ${outputPath}: ${response.errors.join("; ")}`);
      }
      const seconds = (from: number, to: number) => Math.round(to - from) / 1000;
      return { pages: this.pages, outputPath, catchUpSeconds: seconds(started, caughtUp), writeSeconds: seconds(caughtUp, performance.now()) };
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
    await this.service.close();
  }
}

/**
 * Waits for a Pagefind reply, checking every two seconds that the service still runs.
 * The Node API does not notice when the pagefind binary dies (it panics on, say, a full
 * disk) and would wait forever; a message to a dead service fails its pipe, and that
 * makes the API reject every open request, this one included.
 */
async function whileAlive<T>(service: PagefindService, reply: Promise<T>): Promise<T> {
  let settled = false;
  const ping = setInterval(() => {
    if (settled) return;
    service.createIndex({}).then((probe) => probe.index?.deleteIndex(), () => undefined).catch(() => undefined);
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
