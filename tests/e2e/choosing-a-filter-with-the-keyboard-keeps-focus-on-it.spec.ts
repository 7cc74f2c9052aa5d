import { expect, searchReleases, test } from "./support/search-site.ts";

test("choosing a filter with the keyboard runs the search and keeps focus on that option", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/?q=police`);
  await expect(page.getByRole("status")).toHaveText(`${searchReleases.length} releases found for “police”.`);

  const year = page.locator("summary", { hasText: "Year" });
  await year.focus();
  await page.keyboard.press("Enter");
  const option = page.getByRole("checkbox", { name: /^2015 / });
  for (let tabs = 0; tabs < 5 && !(await option.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(option).toBeFocused();
  await page.keyboard.press("Space");

  const in2015 = searchReleases.filter((r) => r.date.startsWith("2015")).length;
  await expect(page.getByRole("status")).toHaveText(`${in2015} releases found for “police” with the chosen filters.`);
  await expect(page.getByRole("checkbox", { name: /^2015 / })).toBeFocused();
  await expect(page.getByRole("checkbox", { name: /^2015 / })).toBeChecked();
});
