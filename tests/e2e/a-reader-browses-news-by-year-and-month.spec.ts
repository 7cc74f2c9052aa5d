import { expect, expectAccessible, test } from "./support/page-checks.ts";

test("a reader goes from all news to a year, then a month, and the counts agree", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Latest news" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All news");

  const years = page.getByRole("navigation", { name: "Browse by year" });
  const year2025 = years.getByRole("listitem").filter({ hasText: "2025" });
  const yearCount = Number((await year2025.locator(".count-list__count").innerText()).match(/\d+/)![0]);
  await year2025.getByRole("link", { name: "2025" }).click();

  await expect(page).toHaveURL(/\/news\/2025\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("News from 2025");
  await expect(page.locator(".list-page__count")).toContainText(`${yearCount} releases`);
  const months = page.getByRole("navigation", { name: "Months of 2025" });
  const monthCounts = (await months.locator(".count-list__count").allInnerTexts()).map((t) => Number(t.match(/\d+/)![0]));
  expect(monthCounts.reduce((a, b) => a + b, 0)).toBe(yearCount);
  await expectAccessible(page);

  const september = months.getByRole("listitem").filter({ hasText: "September 2025" });
  const monthCount = Number((await september.locator(".count-list__count").innerText()).match(/\d+/)![0]);
  await september.getByRole("link", { name: "September 2025" }).click();
  await expect(page).toHaveURL(/\/news\/2025\/09\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("News from September 2025");
  await expect(page.locator(".release-item")).toHaveCount(monthCount);
  for (const datetime of await page.locator(".release-item time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")))) {
    expect(datetime).toMatch(/^2025-09-/);
  }
  await expectAccessible(page);

  const other = page.getByRole("navigation", { name: "Other months" });
  await other.getByRole("link", { name: "All of 2025" }).click();
  await expect(page).toHaveURL(/\/news\/2025\/$/);
});
