import { commonWord, expect, searchReleases, test } from "./support/search-site.ts";

test("load more results adds the next results, moves focus to the first of them and keeps them in the URL", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/?q=${commonWord}`);
  const results = page.locator("[data-search-results] > li");
  await expect(page.getByRole("status")).toHaveText(`${searchReleases.length} releases found for “${commonWord}”.`);
  await expect(results).toHaveCount(10);

  await page.getByRole("button", { name: "Load more results" }).click();
  await expect(results).toHaveCount(searchReleases.length);
  await expect(results.nth(10).getByRole("link")).toBeFocused();
  await expect(page.getByRole("button", { name: "Load more results" })).toBeHidden();
  await expect(page).toHaveURL(/\?q=police&page=2$/);

  await page.reload();
  await expect(results).toHaveCount(searchReleases.length);
});
