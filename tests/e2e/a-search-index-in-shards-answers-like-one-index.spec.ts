import { commonWord, expect, expectAccessible, releasesWith, searchReleases, test, uniqueTitle, uniqueWord } from "./support/search-site.ts";

/** Publication days of the listed results, in the order shown. */
async function shownDays(page: import("@playwright/test").Page): Promise<string[]> {
  return page.locator("[data-search-results] > li time").evaluateAll((times) => times.map((t) => (t.getAttribute("datetime") ?? "").slice(0, 10)));
}

const newestFirst = [...searchReleases].sort((a, b) => b.date.localeCompare(a.date));

test("an index split into four shards finds, counts and sorts releases as one index does", async ({ page, shardedSearchSite }) => {
  // Each shard is its own Pagefind index, merged in the browser.
  const entries = await Promise.all([1, 2, 3, 4].map((n) => page.request.get(`${shardedSearchSite.url}pagefind/${n === 1 ? "" : `shards/${n}/`}pagefind-entry.json`)));
  const pageCounts = await Promise.all(entries.map(async (r) => Object.values((await r.json()).languages as Record<string, { page_count: number }>)[0]!.page_count));
  // Whole years, oldest first, at most four pages each: 2014's five releases split 4 + 1, then 2015, then 2016 on its own.
  expect(pageCounts).toEqual([4, 1, 4, 4]);

  await page.goto(`${shardedSearchSite.url}search/?q=${uniqueWord}`);
  await expect(page.locator("[data-search-results] a")).toHaveText([uniqueTitle]);

  // Newest first across shards: one list in date order, not shard after shard by score.
  await page.goto(`${shardedSearchSite.url}search/?q=${commonWord}&sort=newest`);
  await expect(page.getByRole("status")).toHaveText(`${searchReleases.length} releases found for “${commonWord}”.`);
  await page.getByRole("button", { name: /load more/i }).click();
  await expect(page.locator("[data-search-results] > li")).toHaveCount(searchReleases.length);
  expect(await shownDays(page)).toEqual(newestFirst.map((r) => r.date));

  // Filters alone are sorted newest first too, and facet counts add up over the shards.
  await page.goto(`${shardedSearchSite.url}search/?crime_areas=Fraud`);
  const fraud = newestFirst.filter((r) => r.crime_areas.includes("Fraud"));
  await expect(page.getByRole("status")).toHaveText(`${fraud.length} releases found with the chosen filters.`);
  expect(await shownDays(page)).toEqual(fraud.map((r) => r.date));
  // A facet in use is open on a wide screen; its other values count without its own choice.
  await expect(page.getByRole("checkbox", { name: new RegExp(`^Drug trafficking \\(${releasesWith("crime_areas", "Drug trafficking")}\\)`) })).toBeVisible();
  await expectAccessible(page);
});
