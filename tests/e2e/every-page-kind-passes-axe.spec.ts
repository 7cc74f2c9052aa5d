import { expect, expectAccessible, test } from "./support/page-checks.ts";

const pages: readonly [string, string][] = [
  ["all news", "./news/"],
  ["all news, an older page", "./news/page/1/"],
  ["a year archive", "./news/2025/"],
  ["a month archive", "./news/2025/09/"],
  ["a taxonomy index", "./crime-areas/"],
  ["a term page", "./crime-areas/drug-trafficking/"],
  ["a term page, an older page", "./organisations/havenmark-regional-police/page/1/"],
  ["the types index", "./types/"],
  ["a type page", "./types/press-release/"],
  ["a release page with related releases", "./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/"],
];

// One axe run per test; on a busy two-core machine a run can take longer than the default 30 s.
test.describe.configure({ timeout: 60_000 });

for (const [kind, path] of pages) {
  for (const width of [1280, 320]) {
    test(`${kind} passes axe at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
      // Nothing wider than the viewport: no sideways scrolling at 320 px (WCAG 1.4.10).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
