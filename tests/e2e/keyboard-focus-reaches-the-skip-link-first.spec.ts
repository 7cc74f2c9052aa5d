import { expect, test } from "./support/page-checks.ts";

for (const path of ["./", "./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/"]) {
  test(`the first Tab on ${path} focuses the skip link, which moves focus to main`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveText("Skip to main content");
    await expect(focused).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
}
