import { expect, expectAccessible, searchReleases, test } from "./support/search-site.ts";

test("filters alone browse releases without any words, and can be combined and cleared", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/`);
  await expect(page.getByText("Type words to search for, or choose filters")).toBeVisible();

  await page.locator("summary", { hasText: "Year" }).click();
  await page.getByRole("checkbox", { name: /^2015 / }).check();
  const in2015 = searchReleases.filter((r) => r.date.startsWith("2015"));
  await expect(page.getByRole("status")).toHaveText(`${in2015.length} releases found with the chosen filters.`);
  await expect(page).toHaveURL(/\?year=2015$/);
  await expect(page.locator("[data-search-results] > li")).toHaveCount(in2015.length);

  await page.locator("summary", { hasText: /^Type/ }).click();
  await page.getByRole("checkbox", { name: /^News / }).check();
  const news2015 = in2015.filter((r) => r.type === "news");
  await expect(page.getByRole("status")).toHaveText(`${news2015.length} release${news2015.length === 1 ? "" : "s"} found with the chosen filters.`);
  await expect(page).toHaveURL(/\?type=News&year=2015$/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page.getByText("Type words to search for, or choose filters")).toBeVisible();
  await expect(page.locator("[data-search-results] > li")).toHaveCount(0);
  await expect(page).toHaveURL(/\/search\/$/);
});
