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

/** Holds every request for the shards other than the newest (2016, shard 4) until `release` is called. */
async function holdOlderShards(page: import("@playwright/test").Page): Promise<{ held: () => number; release: () => void }> {
  let open!: () => void;
  const released = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  await page.route(
    (url) => url.pathname.startsWith("/pagefind/") && !url.pathname.endsWith("/pagefind.js") && !url.pathname.startsWith("/pagefind/shards/4/"),
    async (route) => {
      held += 1;
      await released;
      await route.continue();
    },
  );
  return { held: () => held, release: open };
}

/** Every text the status region (the live region) has held since the page started, in order. */
async function recordStatus(page: import("@playwright/test").Page): Promise<void> {
  await page.addInitScript({
    content: `window.statusTexts = []; window.layoutShift = 0;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.layoutShift += entry.value; }).observe({ type: "layout-shift", buffered: true });
      document.addEventListener("DOMContentLoaded", () => {
        const status = document.querySelector("[data-search-status]");
        new MutationObserver(() => window.statusTexts.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
      });`,
  });
}

const resultUrls = (page: import("@playwright/test").Page) => page.locator("[data-search-results] > li h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

test("a first search shows the newest shard's results before the older shards load, then the ranking over every shard in their place", async ({ page, shardedSearchSite }) => {
  // The ranking when every shard is loaded before the first search (the page's settings
  // without `firstShards`): what the page must end with.
  let allAtOnce = false;
  await page.route(`${shardedSearchSite.url}search/?*`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const body = html.replace(/&quot;firstShards&quot;:\{[^}]*\},/, "");
    allAtOnce = body !== html;
    await route.fulfill({ response, body });
  });
  await page.goto(`${shardedSearchSite.url}search/?q=${commonWord}`);
  await expect(page.getByRole("status")).toHaveText(`${searchReleases.length} releases found for “${commonWord}”.`);
  expect(allAtOnce).toBe(true);
  const whole = await resultUrls(page);
  expect(whole).toHaveLength(10);
  await page.unrouteAll();

  await recordStatus(page);
  const older = await holdOlderShards(page);
  await page.goto(`${shardedSearchSite.url}search/?q=${commonWord}`);
  // Shards of four releases: the first search waits for the newest shard only, 2016's four releases.
  const progress = page.locator("[data-search-progress]");
  await expect(progress).toHaveText(`Showing results from 2016 for “${commonWord}”; searching older releases…`);
  await expect(page.locator("[data-search-results] > li")).toHaveCount(4);
  expect(await shownDays(page).then((days) => days.every((day) => day.startsWith("2016")))).toBe(true);
  // The live region stays silent until the count of the whole site is known; no count, no "load more" yet.
  await expect(page.locator("[data-search-status]")).toBeEmpty();
  await expect(page.getByRole("button", { name: /load more/i })).toBeHidden();
  await expect(page.locator("[data-search-facets] input")).toHaveCount(0);
  expect(older.held()).toBeGreaterThan(0);
  // A reader already on a first result stays on it (or on the list) when the ranking changes.
  const reading = page.locator("[data-search-results] > li h3 a").nth(1);
  const readingUrl = await reading.getAttribute("href");
  await reading.focus();

  older.release();
  await expect(page.getByRole("status")).toHaveText(`${searchReleases.length} releases found for “${commonWord}”.`);
  await expect(progress).toBeHidden();
  expect(await resultUrls(page)).toEqual(whole);
  const focusedUrl = await page.evaluate(() => (document.activeElement?.closest("[data-search-results]") ? document.activeElement.getAttribute("href") : null));
  expect(focusedUrl).toBe(whole.includes(readingUrl) ? readingUrl : whole[0]);
  // Facet counts are those of the whole site, and come after.
  await expect(page.getByRole("checkbox", { name: new RegExp(`^Fraud \\(${releasesWith("crime_areas", "Fraud")}\\)`), includeHidden: true })).toBeAttached();
  // One announcement, the final count; nothing moved as the ranking replaced the first results.
  const { statusTexts, layoutShift } = await page.evaluate(() => {
    const recorded = window as unknown as { statusTexts: string[]; layoutShift: number };
    return { statusTexts: recorded.statusTexts, layoutShift: recorded.layoutShift };
  });
  expect(statusTexts.filter((text) => text !== "")).toEqual([`${searchReleases.length} releases found for “${commonWord}”.`]);
  expect(layoutShift).toBe(0);
  await expectAccessible(page);
});

test("newest first, the newest shard's first page of results is already the final one", async ({ page, shardedSearchSite }) => {
  const older = await holdOlderShards(page);
  await page.goto(`${shardedSearchSite.url}search/?q=${commonWord}&sort=newest`);
  await expect(page.locator("[data-search-progress]")).toBeVisible();
  const first = await shownDays(page);
  expect(first).toEqual(newestFirst.slice(0, 4).map((r) => r.date));
  older.release();
  await expect(page.getByRole("status")).toHaveText(`${searchReleases.length} releases found for “${commonWord}”.`);
  expect(await shownDays(page)).toEqual(newestFirst.slice(0, 10).map((r) => r.date));
});
