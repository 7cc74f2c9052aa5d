import { expect, expectAccessible, test } from "./support/page-checks.ts";

// Issue 15: the search page has its own search box, so the header leaves its one out; on a
// narrow screen the filters fold behind a "Filters (n)" button so the results stay near
// the top, and on a wide one they show beside the results as before. Axe runs in light
// and dark mode, folded and unfolded.

// Several axe runs per test; on a busy two-core machine one can take longer than 10 s.
test.describe.configure({ timeout: 120_000 });

const statusFound = /^\d+ releases? found for “police”\.$/;

test("at 320 px the search page has one search box and folds its filters behind a button that counts the chosen ones", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("./search/?q=police");
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "Words to search for" })).toHaveValue("police");
  await expect(page.getByRole("status")).toHaveText(statusFound);

  const toggle = page.getByRole("button", { name: /^Filters/ });
  const panel = page.locator("#search-facets-panel");
  await expect(toggle).toHaveText("Filters");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toHaveAttribute("aria-controls", "search-facets-panel");
  await expect(panel).toBeHidden();
  // The filters no longer push the results below the fold of a phone's screen.
  await expect(page.locator(".search-result").first()).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);

  // Unfolded with the keyboard; a filter chosen with the keyboard keeps focus and is counted.
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await page.locator("summary", { hasText: "Crime areas" }).click();
  const option = page.locator(".facet[data-facet] input[type=checkbox]").first();
  const optionName = (await option.getAttribute("value")) ?? "";
  await option.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status")).toHaveText(/with the chosen filters\.$/);
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${optionName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) })).toBeFocused();
  await expect(toggle).toHaveText("Filters (1)");
  await expect(toggle).toHaveAccessibleName("Filters (1)");
  await expect(panel).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);

  // The count comes back with the URL, and the filters start folded again.
  await page.reload();
  await expect(page.getByRole("status")).toHaveText(/with the chosen filters\.$/);
  await expect(toggle).toHaveText("Filters (1)");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  await expectAccessible(page);

  // Back to no filters: "Clear all filters" inside the unfolded panel resets the count.
  await toggle.click();
  await page.getByRole("button", { name: "Clear all filters" }).first().click();
  await expect(page.getByRole("status")).toHaveText(statusFound);
  await expect(toggle).toHaveText("Filters");
});

test("at 1280 px the search page has one search box and shows its filters without a Filters button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./search/?q=police");
  await expect(page.getByRole("status")).toHaveText(statusFound);
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Filter results" })).toBeVisible();
  await expect(page.locator("summary", { hasText: "Crime areas" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
});

test("every other page keeps the search box in its header", async ({ page }) => {
  await page.goto("./news/");
  await expect(page.getByRole("banner").getByRole("searchbox", { name: "Search releases" })).toBeVisible();
  await page.goto("./search/");
  await expect(page.getByRole("banner").getByRole("searchbox")).toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("link", { name: "Search" })).toHaveAttribute("aria-current", "page");
});
