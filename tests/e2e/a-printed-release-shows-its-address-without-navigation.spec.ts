import { expect, test } from "./support/page-checks.ts";

// Print (issue 15): /assets/print.css, linked with media="print" so it never blocks
// rendering, prints black on white (also for a reader in dark mode), without navigation,
// search, skip link or footer links, with the page's address on top and each body link's
// address after it; the type, dates and terms stay.
test("a printed release shows its address and its links' addresses, without navigation or search", async ({ page }) => {
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.goto("./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/");

  await expect(page.locator('link[rel="stylesheet"][href$="/assets/print.css"]')).toHaveAttribute("media", "print");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/^https?:\/\/.+\/news\/2025\/03\/annual-report-2024-fewer-burglaries-more-cyber-crime\/$/);
  expect(await page.locator('link[rel="canonical"]').evaluate((el) => getComputedStyle(el, "::after").content)).toBe(JSON.stringify(canonical));

  for (const hidden of [".skip-link", ".site-nav", ".language-switch", ".header-search", ".site-footer a", ".related"]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  for (const kept of [".release__type", "h1", ".release__dates", ".release__terms .chip"]) {
    await expect(page.locator(kept).first(), kept).toBeVisible();
  }

  const link = page.locator('.release__body a[href^="http"]').first();
  const href = await link.getAttribute("href");
  expect(await link.evaluate((el) => getComputedStyle(el, "::after").content)).toBe(JSON.stringify(` (${href})`));

  const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
  expect(colours).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
});
