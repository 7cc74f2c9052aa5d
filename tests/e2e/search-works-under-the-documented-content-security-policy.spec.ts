import { searchContentSecurityPolicy } from "../../lib/search/content-security-policy.ts";
import { expect, test, uniqueWord } from "./support/search-site.ts";

test("the search page works under the Content-Security-Policy the README documents", async ({ page, searchSite }) => {
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": searchContentSecurityPolicy } });
  });
  await page.goto(`${searchSite.url}search/?q=${uniqueWord}`);

  await expect(page.getByRole("status")).toHaveText(`1 release found for “${uniqueWord}”.`);
  await expect(page.locator("summary", { hasText: "Crime areas" })).toBeVisible();
  // A blocked script, fetch or WebAssembly compile would be a console error, which fails the test.
});
