import { expect, expectAccessible, test } from "./support/page-checks.ts";

test.describe.configure({ timeout: 60_000 });

for (const width of [1280, 320]) {
  test(`a withdrawn release says so above its headline, with the reason, and passes axe at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./news/2026/09/appeal-have-you-seen-15-year-old-mila-from-wrenfield/");
    const notice = page.getByRole("region", { name: "Withdrawn" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("This release was withdrawn on 11 September 2026, 16:40 CEST.");
    await expect(notice).toContainText("Mila has been found safe and well.");
    const noticeBottom = await notice.evaluate((el) => el.getBoundingClientRect().bottom);
    const headlineTop = await page.getByRole("heading", { level: 1 }).evaluate((el) => el.getBoundingClientRect().top);
    expect(noticeBottom).toBeLessThan(headlineTop);
    await expect(page).toHaveTitle(/^\[Withdrawn\] /);
    await expectAccessible(page);
  });

  test(`a corrected release lists its updates, newest first, and passes axe at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./news/2025/01/crypto-investment-scam-14-victims-lost-a-total-of-2-1-million-euros/");
    const updates = page.getByRole("region", { name: "Updates to this release" });
    await expect(updates).toBeVisible();
    await expect(updates.getByRole("listitem")).toHaveText([
      /^28 January 2025\s*Added the advice/,
      /^23 January 2025, 15:10 CET\s*Corrected the combined loss/,
    ]);
    await expect(page.locator(".release__dates")).toHaveText("Published 23 January 2025, 10:30 CET, updated 28 January 2025");
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
