import { expect, expectAccessible, test, uniqueTitle, uniqueWord } from "./support/search-site.ts";

test("built under the path prefix /newsroom/, search finds a release and its result link opens it", async ({ page, prefixedSearchSite }) => {
  expect(prefixedSearchSite.url).toMatch(/\/newsroom\/$/);
  await page.goto(`${prefixedSearchSite.url}search/?q=${uniqueWord}`);

  const link = page.locator("[data-search-results] a");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", /^\/newsroom\/news\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
  await expectAccessible(page);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uniqueTitle);
});
