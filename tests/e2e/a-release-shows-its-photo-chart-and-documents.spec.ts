import { expect, expectAccessible, test } from "./support/page-checks.ts";

// Issue #11: the sample's annual report is a release folder with a lead photo, a chart as a
// figure and a PDF; its page must not shift as images arrive, and a keyboard reaches the PDF.
test.describe.configure({ timeout: 60_000 });
const annualReport = "./news/2026/03/annual-report-2025-drug-seizures-at-the-port-fall-for-the-second-year-running/";

for (const width of [1280, 320]) {
  test(`a release's lead photo, figure and documents load without layout shift, a keyboard reaches the download, and axe passes at ${width} px`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 900 });
    // Layout shifts are recorded from the first paint, before any image has arrived.
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(annualReport);

    const lead = page.locator("figure.release__image");
    await expect(lead.getByRole("img", { name: /police patrol boat/ })).toBeVisible();
    await expect(lead.locator("figcaption")).toHaveText("The patrol boat Tern leaving the Port of Havenmark at first light. Photo: Havenmark Regional Police");
    const chart = page.locator("figure.figure");
    await expect(chart.locator("figcaption")).toContainText("Cocaine seized at the port, 2021–2025");

    // Every image decodes, and the browser picked a WebP rendition no wider than it needs.
    await chart.scrollIntoViewIfNeeded();
    for (const img of await page.locator("article img").all()) {
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      const source = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
      expect(source).toMatch(/\/img\/[\w-]+-\d+\.webp$/);
      expect(Number(/-(\d+)\.webp$/.exec(source)![1])).toBeLessThanOrEqual(width <= 320 ? 800 : 1600);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), "cumulative layout shift").toBeLessThan(0.01);

    const documents = page.getByRole("region", { name: "Documents" });
    const pdf = documents.getByRole("link", { name: /Annual report 2025, summary of key figures \(PDF, \d+ KB\)/ });
    await expect(pdf).toBeVisible();
    const response = await request.get(new URL((await pdf.getAttribute("href"))!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.evaluate(() => window.scrollTo(0, 0));
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press("Tab");
      reached = await pdf.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "Tab reaches the document link").toBe(true);
    await expect(pdf).toBeInViewport();
    // The page also names the press office as its media contact.
    await expect(page.getByRole("region", { name: "Media enquiries" }).getByRole("link", { name: "press@havenmark.example" })).toHaveAttribute("href", "mailto:press@havenmark.example");

    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
