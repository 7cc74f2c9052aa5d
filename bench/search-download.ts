import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Page, type Request } from "@playwright/test";
import { serveStatic } from "../lib/build/static-server.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/support/chromium.ts";

export interface SearchDownload {
  /** Bytes received (headers + body as transferred) until the first results were shown. */
  readonly bytes: number;
  readonly requests: number;
  /** "search page": /search/?q= in a real browser; "pagefind api": pagefind.js called from a page. */
  readonly method: "search page" | "pagefind api";
  readonly largest: readonly { url: string; bytes: number }[];
  /** Bytes by kind: the page itself, Pagefind's runtime, its index chunks, filters, result fragments. */
  readonly byKind: Readonly<Record<string, number>>;
}

function kindOf(url: string): string {
  const file = new URL(url).pathname;
  if (!file.includes("/pagefind/")) return "page";
  if (file.includes("/fragment/")) return "fragments";
  if (file.includes("/index/")) return "index chunks";
  if (file.includes("/filter/")) return "filters";
  if (file.endsWith(".pf_meta")) return "metadata";
  return "runtime";
}

/**
 * What a reader's first search downloads (issue #6: under 300 KB at 10,000 releases).
 * Opens the site's search page with ?q= in headless Chromium and sums every response
 * finished before the first result is in the page (facet counts load after it). A site
 * without a working search page yet is measured through Pagefind's own JS API, loading
 * the first five results as Pagefind's UI does, counting only Pagefind's files.
 */
export async function measureFirstSearch(siteDir: string, query: string): Promise<SearchDownload> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    if (existsSync(path.join(siteDir, "search", "index.html"))) {
      const viaPage = await measureSearchPage(browser, `${server.url}search/?q=${encodeURIComponent(query)}`);
      if (viaPage.largest.some((r) => kindOf(r.url) === "fragments")) return viaPage;
    }
    const viaApi = await measure(
      browser,
      async (page) => {
        await page.goto(`${server.url}`, { waitUntil: "load" });
      },
      async (page) => {
        await page.evaluate(async (q) => {
          const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
        }, query);
        await page.waitForLoadState("networkidle");
      },
    );
    return { ...viaApi, method: "pagefind api" };
  } finally {
    await browser.close();
    await server.close();
  }
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/**
 * Opens the search page and counts what finished loading before the first result was
 * in the document: the page notes that moment itself (a MutationObserver started before
 * any script). Facet counts, fetched after the first results, are left out, and so are
 * the older search shards a progressive search loads after its first results (issue #15).
 *
 * Pagefind runs in the search worker, whose requests are not in the page's resource
 * timing; Playwright reports them with the page's, with when each response ended. Each
 * response weighs what resource timing's `transferSize` would say: its encoded body plus
 * 300 bytes for the headers, nothing when it came from the browser's cache.
 */
async function measureSearchPage(browser: Browser, url: string): Promise<SearchDownload> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.addInitScript({
    content: `const observer = new MutationObserver(() => {
      if (!document.querySelector("[data-search-results] > li")) return;
      window.firstResultAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });`,
  });
  const finished: Promise<{ url: string; bytes: number; end: number }>[] = [];
  page.on("requestfinished", (request: Request) => {
    finished.push(
      request.sizes().then((sizes) => {
        const timing = request.timing();
        const cached = sizes.responseBodySize + sizes.responseHeadersSize === 0;
        return { url: request.url(), bytes: cached ? 0 : sizes.responseBodySize + 300, end: timing.startTime + timing.responseEnd };
      }),
    );
  });
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("[data-search-results] > li").first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const until = await page.evaluate(() => performance.timeOrigin + (window as unknown as { firstResultAt: number }).firstResultAt);
  const entries = (await Promise.all(finished)).filter((entry) => entry.end <= until).map(({ url, bytes }) => ({ url, bytes }));
  await context.close();
  const byKind: Record<string, number> = {};
  for (const r of entries) byKind[kindOf(r.url)] = (byKind[kindOf(r.url)] ?? 0) + r.bytes;
  return {
    bytes: entries.reduce((sum, r) => sum + r.bytes, 0),
    requests: entries.length,
    method: "search page",
    largest: [...entries].sort((a, b) => b.bytes - a.bytes),
    byKind,
  };
}

/** Runs `setup`, then counts every response received during `counted` (or during setup when there is none). */
async function measure(browser: Browser, setup: (page: Page) => Promise<void>, counted?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: { url: string; bytes: number }[] = [];
  let counting = !counted;
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request: Request) => {
    if (!counting) return;
    pending.push(
      request.sizes().then((sizes) => {
        responses.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      }),
    );
  });
  await setup(page);
  if (counted) {
    counting = true;
    await counted(page);
  }
  await Promise.all(pending);
  await context.close();
  const largest = [...responses].sort((a, b) => b.bytes - a.bytes);
  const byKind: Record<string, number> = {};
  for (const r of responses) byKind[kindOf(r.url)] = (byKind[kindOf(r.url)] ?? 0) + r.bytes;
  return { bytes: responses.reduce((sum, r) => sum + r.bytes, 0), requests: responses.length, largest, byKind };
}
