import { commonWord, expect, expectAccessible, releasesWith, test } from "./support/search-site.ts";

test("a search URL with words, a filter and a sort loads those results and shows those choices", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/?q=${commonWord}&crime_areas=Fraud&sort=newest`);

  const fraud = releasesWith("crime_areas", "Fraud");
  await expect(page.getByRole("status")).toHaveText(`${fraud} releases found for “${commonWord}” with the chosen filters.`);
  await expect(page.getByLabel("Words to search for")).toHaveValue(commonWord);
  await expect(page.getByLabel("Sort by")).toHaveValue("newest");
  await expect(page.getByRole("checkbox", { name: /^Fraud \(\d+\)$/ })).toBeChecked();

  const dates = await page.locator("[data-search-results] time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
  expect(dates).toHaveLength(fraud);
  expect(dates.map((d) => Date.parse(d))).toEqual(dates.map((d) => Date.parse(d)).sort((a, b) => b - a));
  await expectAccessible(page);
});
