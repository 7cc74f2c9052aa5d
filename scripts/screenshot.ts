/**
 * `npx tsx scripts/screenshot.ts [--dir _site] [--prefix /] [--out /tmp] /path/ …`:
 * full-page PNGs of built pages at 1280 px and 320 px, to look at pages as a reader would.
 */
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { serveStatic } from "../lib/build/static-server.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/support/chromium.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: "string", default: "_site" }, prefix: { type: "string", default: "/" }, out: { type: "string", default: "/tmp" } },
});
const server = await serveStatic(values.dir, { pathPrefix: values.prefix });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
try {
  for (const path of positionals.length > 0 ? positionals : ["/"]) {
    for (const width of [1280, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(new URL(path.replace(/^\//, ""), server.url).href);
      const file = `${values.out}/shot${path.replace(/[^a-z0-9]+/gi, "_")}${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
