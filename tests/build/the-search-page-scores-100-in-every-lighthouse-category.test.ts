/**
 * Issue 15: Lighthouse 12 with its mobile defaults (a mid-range phone on slow 4G,
 * simulated throttling) scores the search page 100 in performance, accessibility, best
 * practices and SEO: with no words, and with a word that has results. The sample newsroom
 * is built as `npm run build` builds it and served with its `_headers`, so the
 * Content-Security-Policy holds. One Lighthouse run per URL: simulated throttling
 * computes the metrics from the one page load, so they vary little from run to run.
 * What the performance score does and does not measure: docs/architecture.md#search.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium, type Browser } from "@playwright/test";
import lighthouse from "lighthouse";
import { buildSite } from "../../lib/build/build-site.ts";
import { serveStatic, type RunningServer } from "../../lib/build/static-server.ts";
import { chromiumArgs, chromiumExecutable } from "../e2e/support/chromium.ts";

const contentDir = path.resolve(import.meta.dirname, "../../content");

describe("the search page in Lighthouse 12, mobile", () => {
  const root = mkdtempSync(path.join(tmpdir(), "newsroom-lighthouse-"));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let port = 0;

  before(async () => {
    await buildSite({ contentDir, outDir: path.join(root, "_site"), log: () => undefined });
    server = await serveStatic(path.join(root, "_site"));
    port = await freePort();
    // Lighthouse drives the browser through its DevTools port.
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  for (const [what, search, shown] of [
    ["with no words", "", ".search-prompt"],
    ["for a word with results", "?q=police", ".search-result"],
  ] as const) {
    test(`scores 100 in all four categories ${what}`, async () => {
      const url = `${server?.url}search/${search}`;
      // What Lighthouse scores is the working page: the prompt, or results from Pagefind.
      const page = await browser!.newPage();
      await page.goto(url);
      await page.locator(shown).first().waitFor();
      await page.close();

      const result = await lighthouse(url, { port, logLevel: "error" });
      assert.ok(result, "Lighthouse returned no result");
      const { lhr } = result;
      assert.equal(lhr.runtimeError, undefined);
      const scores = Object.fromEntries(Object.values(lhr.categories).map((category) => [category.id, Math.round((category.score ?? 0) * 100)]));
      // On failure, the audits that cost points say why.
      const costing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category.id}: ${ref.id} ${lhr.audits[ref.id]?.displayValue ?? ""} (score ${lhr.audits[ref.id]?.score})`),
      );
      assert.deepEqual(scores, { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, costing.join("\n"));
      assert.equal(lhr.audits["cumulative-layout-shift"]?.numericValue, 0, "nothing moves as results and facet counts arrive");
    });
  }
});

/** The browser tests' Chromium (tests/e2e/support/chromium.ts), else Playwright's own. */
function chromiumPath(): string {
  const found = chromiumExecutable() ?? chromium.executablePath();
  if (!existsSync(found)) throw new Error("No Chromium for Lighthouse: install one (Debian: apt-get install -y chromium) or set NEWSROOM_CHROMIUM, as for the browser tests");
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
