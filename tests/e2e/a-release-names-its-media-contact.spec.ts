import { expect, expectAccessible, test } from "./support/page-checks.ts";

// Issue #11: the sample's invoice-fraud release names the cyber-crime duty officer and the press office.
test.describe.configure({ timeout: 60_000 });

for (const width of [1280, 320]) {
  test(`a release names its media contacts with phone and email links a keyboard reaches, and passes axe at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./news/2026/02/police-warn-businesses-about-invoice-fraud-using-spoofed-supplier-emails/");
    const block = page.getByRole("region", { name: "Media enquiries" });
    await expect(block).toBeVisible();
    await expect(block).toContainText("Inspector Lotte Verbeek");
    await expect(block).toContainText("Duty press officer, cyber-crime");
    await expect(block).toContainText("Monday to Friday, 08:00–18:00");

    const phone = block.getByRole("link", { name: /555.0142/ });
    await expect(phone).toHaveAttribute("href", "tel:+31205550142");
    await expect(block.getByRole("link", { name: "cyber.press@havenmark.example" })).toHaveAttribute("href", "mailto:cyber.press@havenmark.example");
    await expect(block.getByRole("link", { name: "press@havenmark.example", exact: true })).toHaveAttribute("href", "mailto:press@havenmark.example");
    // Every tel: link dials digits and a leading + only, whatever the text shows.
    for (const href of await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^tel:\+?\d+$/);
    }
    // The footer names the press office on this page as on every other.
    await expect(page.locator(".site-footer").getByRole("link", { name: "press@havenmark.example" })).toHaveAttribute("href", "mailto:press@havenmark.example");

    // The contact block is not search text: it sits outside the indexed article.
    expect(await block.evaluate((el) => el.closest("[data-pagefind-body]") === null)).toBe(true);

    // Tab from the top of the page until the phone link has focus; it scrolls into view.
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press("Tab");
      reached = await phone.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "Tab reaches the contact's phone link").toBe(true);
    await expect(phone).toBeInViewport();
    await page.keyboard.press("Tab");
    await expect(block.getByRole("link", { name: "cyber.press@havenmark.example" })).toBeFocused();

    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
