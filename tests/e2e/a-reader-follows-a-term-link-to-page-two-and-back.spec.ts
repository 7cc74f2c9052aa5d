import { expect, expectAccessible, test } from "./support/page-checks.ts";

test("a reader follows a term link from a release to the term page, on to page two, and back", async ({ page }) => {
  await page.goto("./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/");
  const chip = page.getByRole("region", { name: "Target groups" }).getByRole("link", { name: "Citizens" });
  await chip.click();

  await expect(page).toHaveURL(/\/target-groups\/citizens\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Citizens");
  await expect(page).toHaveTitle(/^Citizens – Page 1 of \d+ \|/);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  const firstPageTitles = await page.locator(".release-item__title a").allInnerTexts();
  expect(firstPageTitles.length).toBe(20);
  await expectAccessible(page);

  await pagination.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/target-groups\/citizens\/page\/2\/$/);
  await expect(page).toHaveTitle(/^Citizens – Page 2 of \d+ \|/);
  await expect(pagination.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  const secondPageTitles = await page.locator(".release-item__title a").allInnerTexts();
  expect(secondPageTitles.length).toBeGreaterThan(0);
  expect(secondPageTitles.filter((t) => firstPageTitles.includes(t))).toEqual([]);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Target groups" })).toBeVisible();
  await expectAccessible(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/target-groups\/citizens\/$/);
  await expect(page.locator(".release-item__title a").first()).toHaveText(firstPageTitles[0]!);

  await pagination.getByRole("link", { name: "Page 2" }).click();
  await pagination.getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/\/target-groups\/citizens\/$/);
});
