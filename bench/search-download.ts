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
      if (viaPage.largest.some((r) => r.url.includes("/pagefind/fragment/"))) return viaPage;
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
 * any script), and the browser's resource timing says when each response ended and
 * what it weighed on the wire. Facet counts, fetched after the first results, are left out.
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
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("[data-search-results] > li").first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const entries = await page.evaluate(() => {
    const until = (window as unknown as { firstResultAt: number }).firstResultAt;
    return (performance.getEntriesByType("navigation") as PerformanceResourceTiming[])
      .concat(performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => entry.responseEnd <= until)
      .map((entry) => ({ url: entry.name, bytes: entry.transferSize }));
  });
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
