import { expect, expectAccessible, test } from "./support/page-checks.ts";

test("a reader follows a term link from a release to the term page, on to older releases, and back", async ({ page }) => {
  await page.goto("./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/");
  const chip = page.getByRole("region", { name: "Organisations" }).getByRole("link", { name: "Havenmark Regional Police" });
  await chip.click();

  await expect(page).toHaveURL(/\/organisations\/havenmark-regional-police\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Havenmark Regional Police");
  await expect(page).toHaveTitle(/^Havenmark Regional Police \|/);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination.getByRole("link", { name: "Latest releases" })).toHaveAttribute("aria-current", "page");
  const firstPageTitles = await page.locator(".release-item__title a").allInnerTexts();
  // The newest page holds one to two pages' worth: older pages are counted from the oldest.
  expect(firstPageTitles.length).toBeGreaterThanOrEqual(20);
  expect(firstPageTitles.length).toBeLessThan(40);
  await expectAccessible(page);

  await pagination.getByRole("link", { name: "Older releases" }).click();
  await expect(page).toHaveURL(/\/organisations\/havenmark-regional-police\/page\/\d+\/$/);
  const dates = await page.locator(".release-item__meta time").allInnerTexts();
  await expect(page).toHaveTitle(`Havenmark Regional Police – ${dates.at(-1)} to ${dates[0]} | Havenmark Regional Police Newsroom`);
  await expect(page.locator(".list-page__count")).toHaveText(`Releases from ${dates.at(-1)} to ${dates[0]}, newest first.`);
  const secondPageTitles = await page.locator(".release-item__title a").allInnerTexts();
  expect(secondPageTitles.length).toBe(20);
  expect(secondPageTitles.filter((t) => firstPageTitles.includes(t))).toEqual([]);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Organisations" })).toBeVisible();
  await expectAccessible(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/organisations\/havenmark-regional-police\/$/);
  await expect(page.locator(".release-item__title a").first()).toHaveText(firstPageTitles[0]!);

  await pagination.getByRole("link", { name: "Oldest releases" }).click();
  await expect(pagination.getByRole("link", { name: "Oldest releases" })).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/\/organisations\/havenmark-regional-police\/page\/1\/$/);
  await pagination.getByRole("link", { name: "Latest releases" }).click();
  await expect(page).toHaveURL(/\/organisations\/havenmark-regional-police\/$/);
});
