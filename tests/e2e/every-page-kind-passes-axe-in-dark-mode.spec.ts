import { expect, expectAccessible, test } from "./support/page-checks.ts";

// Dark mode (issue 15): site.css redefines its colour variables under
// prefers-color-scheme: dark, so every pair of text and background must still pass
// axe's colour-contrast. One width is enough for the colours; 320 px too for release pages,
// whose notices and updates box wrap there.
const pages: readonly [string, string, readonly number[]][] = [
  ["the home page", "./", [1280]],
  ["all news, the oldest page (current in the pagination)", "./news/page/1/", [1280]],
  ["a term page", "./crime-areas/drug-trafficking/", [1280]],
  ["a withdrawn release", "./news/2026/09/appeal-have-you-seen-15-year-old-mila-from-wrenfield/", [1280, 320]],
  ["a release with updates", "./news/2025/01/crypto-investment-scam-14-victims-lost-a-total-of-2-1-million-euros/", [1280, 320]],
  ["a release with tables and related releases", "./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/", [1280]],
];

// One axe run per test; on a busy two-core machine a run can take longer than the default 30 s.
test.describe.configure({ timeout: 60_000 });

for (const [kind, path, widths] of pages) {
  for (const width of widths) {
    test(`${kind} passes axe in dark mode at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      // The dark palette is in use: a light-on-dark page, not the light one.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
      await expectAccessible(page);
    });
  }
}

test("the 404 page passes axe in dark mode", async ({ page, consoleMessages }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const response = await page.goto("./no-such-page/");
  expect(response?.status()).toBe(404);
  // Chromium reports the document's own 404 on the console: the one expected message.
  expect(consoleMessages).toEqual(["error: Failed to load resource: the server responded with a status of 404 (Not Found)"]);
  consoleMessages.length = 0;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(page);
});

test("the skip link, shown on focus, passes axe in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectAccessible(page);
});

test("the search page with results and a chosen filter passes axe in dark mode", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("./search/?q=police");
  const status = page.getByRole("status");
  await expect(status).toHaveText(/^\d+ releases? found for “police”\.$/);
  await expect(page.locator(".search-result mark").first()).toBeVisible();

  await page.locator("summary", { hasText: "Crime areas" }).click();
  await page.locator(".facet__options input").first().check();
  await expect(status).toHaveText(/with the chosen filters\.$/);
  await expect(page.getByRole("button", { name: "Clear all filters" }).first()).toBeVisible();
  await expectAccessible(page);
});
