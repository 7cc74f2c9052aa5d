import { expect, expectAccessible, releasesWith, test } from "./support/search-site.ts";

test("a taxonomy filter's count equals the release count on that term's page", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/`);
  await page.locator("summary", { hasText: "Crime areas" }).click();
  const option = page.getByRole("checkbox", { name: /^Drug trafficking \(\d+\)$/ });
  await expect(option).toBeVisible();
  const label = await page.locator("label", { has: page.locator(".facet__count") }).filter({ hasText: "Drug trafficking" }).innerText();
  const facetCount = Number(/\((\d+)\)/.exec(label)?.[1]);
  await expectAccessible(page);

  await page.goto(`${searchSite.url}crime-areas/drug-trafficking/`);
  const termCount = Number(/^(\d+) releases?/.exec(await page.locator(".list-page__count").innerText())?.[1]);

  expect(facetCount).toBe(termCount);
  expect(facetCount).toBe(releasesWith("crime_areas", "Drug trafficking"));
});
