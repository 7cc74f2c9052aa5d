/**
 * Renders the sample site's social card (content/site.json `image`) from
 * scripts/social-card/card.html: 1200×630, the size Open Graph consumers crop least.
 * Run after changing the design: `npx tsx scripts/render-social-card.ts`.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/support/chromium.ts";

const source = path.resolve(import.meta.dirname, "social-card/card.html");
const target = path.resolve(import.meta.dirname, "../public/assets/newsroom-card.png");

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(source).href);
  await page.screenshot({ path: target, type: "png", clip: { x: 0, y: 0, width: 1200, height: 630 } });
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
} finally {
  await browser.close();
}
