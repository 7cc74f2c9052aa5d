import { expect, expectAccessible, test } from "./support/page-checks.ts";

// Issue #14: the sample newsroom publishes in English, French and Arabic.
test.describe.configure({ timeout: 60_000 });
const english = "./news/2026/10/money-mule-warning-as-students-are-targeted-with-easy-cash-offers/";

test("the language switch leads from a release to its translation, which links back", async ({ page }) => {
  await page.goto(english);
  const languages = page.getByRole("navigation", { name: "Language" });
  await expect(languages.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  const french = languages.getByRole("link", { name: "Français" });
  await expect(french).toHaveAttribute("hreflang", "fr");
  await expect(french).toHaveAttribute("lang", "fr");
  await french.click();
  await expect(page).toHaveURL(/\/fr\/news\/2026\/10\/mules-financieres-/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mules financières");
  await expect(page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" })).toHaveAttribute("href", /money-mule-warning/);
  await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("غسل الأموال");
});

for (const [folder, word, other] of [["", "laundering", "blanchiment"], ["fr/", "blanchiment", "students"], ["ar/", "الأموال", "laundering"]] as const) {
  test(`search on the ${folder || "English "}search page finds a word of its language only`, async ({ page }) => {
    await page.goto(`./${folder}search/?q=${encodeURIComponent(word)}`);
    const results = page.locator("[data-search-results] > li");
    await expect(results.first()).toBeVisible();
    const hrefs = await results.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      if (folder) expect(href.startsWith(`/${folder}`), href).toBe(true);
      else expect(/^\/(fr|ar)\//.test(href), href).toBe(false);
    }
    await page.goto(`./${folder}search/?q=${encodeURIComponent(other)}`);
    await expect(page.getByRole("status")).not.toBeEmpty();
    await expect(results).toHaveCount(0);
  });
}

for (const width of [1280, 320]) {
  test(`an Arabic release and the Arabic search page read right to left and pass axe at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("./ar/news/2026/10/tahdhir-al-talab-min-ghasl-al-amwal/");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The headline starts at the right edge: the page is mirrored, not just aligned.
    const box = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    expect(width - (box.x + box.width)).toBeLessThan(width / 4);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.goto("./ar/search/?q=%D8%A7%D9%84%D8%A3%D9%85%D9%88%D8%A7%D9%84");
    await expect(page.locator("[data-search-results] > li").first()).toBeVisible();
    await expectAccessible(page);
  });
}
