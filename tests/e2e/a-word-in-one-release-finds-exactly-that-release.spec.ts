import { expect, expectAccessible, test, uniqueTitle, uniqueWord } from "./support/search-site.ts";

test("a word that occurs in exactly one release finds exactly that release, with the word highlighted", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/`);
  await page.getByLabel("Words to search for").fill(uniqueWord);
  await page.getByLabel("Words to search for").press("Enter");

  await expect(page.getByRole("status")).toHaveText(`1 release found for “${uniqueWord}”.`);
  const results = page.locator("[data-search-results] > li");
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("heading", { level: 3 })).toHaveText(uniqueTitle);
  await expect(results.locator("mark").first()).toHaveText(new RegExp(uniqueWord, "i"));
  await expect(page).toHaveURL(/\/search\/\?q=marmalade$/);
  await expectAccessible(page);
});
