import { readFileSync } from "node:fs";
import path from "node:path";
import { headersFor, parseHeadersFile } from "../../lib/hosting/host-rules.ts";
import { searchContentSecurityPolicy } from "../../lib/search/content-security-policy.ts";
import { expect, test, uniqueWord } from "./support/search-site.ts";

test("the search page works under the Content-Security-Policy its build writes to _headers", async ({ page, searchSite }) => {
  // What the build told the host to send with /search/, read from the output itself.
  const rules = parseHeadersFile(readFileSync(path.join(searchSite.outDir, "_headers"), "utf8"));
  const written = headersFor(rules, new URL("search/", searchSite.url).pathname).find(([name]) => name === "Content-Security-Policy")?.[1];
  expect(written).toBe(searchContentSecurityPolicy);

  const response = await page.goto(`${searchSite.url}search/?q=${uniqueWord}`);
  expect(response?.headers()["content-security-policy"]).toBe(written);

  await expect(page.getByRole("status")).toHaveText(`1 release found for “${uniqueWord}”.`);
  await expect(page.locator("summary", { hasText: "Crime areas" })).toBeVisible();
  // A blocked script, fetch or WebAssembly compile would be a console error, which fails the test.
});
