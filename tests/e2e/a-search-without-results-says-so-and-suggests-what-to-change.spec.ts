import { expect, expectAccessible, test } from "./support/search-site.ts";

test("a search without results says so and offers to clear the filters", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/?q=marmalade&crime_areas=Fraud`);

  await expect(page.getByRole("status")).toHaveText("No releases found for “marmalade” with the chosen filters.");
  await expect(page.getByText("Check the spelling, try fewer or more general words, or remove some filters.")).toBeVisible();
  await expect(page.locator("[data-search-results] > li")).toHaveCount(0);
  await expectAccessible(page);

  await page.locator("[data-search-none]").getByRole("button", { name: "Clear all filters" }).click();
  await expect(page.getByRole("status")).toHaveText("1 release found for “marmalade”.");
  await expect(page).toHaveURL(/\?q=marmalade$/);
});
