import { expect, test, uniqueTitle, uniqueWord } from "./support/search-site.ts";

test("the keyboard alone goes from the header search box to a search result and opens it", async ({ page, searchSite }) => {
  await page.goto(searchSite.url);
  const headerBox = page.getByRole("searchbox", { name: "Search releases" });
  for (let tabs = 0; tabs < 10 && !(await headerBox.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(headerBox).toBeFocused();
  await page.keyboard.type(uniqueWord);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("status")).toHaveText(`1 release found for “${uniqueWord}”.`);
  const result = page.locator("[data-search-results] a").first();
  for (let tabs = 0; tabs < 40 && !(await result.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press("Tab");
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uniqueTitle);
});
