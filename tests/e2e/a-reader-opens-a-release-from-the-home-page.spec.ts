import { expect, expectAccessible, test } from "./support/page-checks.ts";

test("a reader opens the newest release from the home page and reads it", async ({ page }) => {
  await page.goto("./");
  await expect(page).toHaveTitle(/Havenmark Regional Police Newsroom/);
  await expectAccessible(page);

  const first = page.locator(".release-list .release-item").first();
  const headline = (await first.locator("h3 a").innerText()).trim();
  const date = await first.locator("time").getAttribute("datetime");
  await first.locator("h3 a").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator("article time").first()).toHaveAttribute("datetime", date!);
  await expect(page.locator(".release__body p").first()).not.toBeEmpty();
  await expect(page.locator("main")).toHaveCount(1);
  await expectAccessible(page);
});

test("the long annual report shows its headings, lists, table and links, and a term link leads to its term page", async ({ page }) => {
  await page.goto("./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/");
  const body = page.locator(".release__body");
  await expect(body.locator("h2").first()).toBeVisible();
  await expect(body.locator("table th").first()).toBeVisible();
  await expect(body.locator("ul li").first()).toBeVisible();
  await expect(body.locator("ol li").first()).toBeVisible();
  await expect(body.locator("a[href^='https://']").first()).toBeVisible();
  await expectAccessible(page);

  const group = page.getByRole("region", { name: "Crime areas" });
  const chip = group.getByRole("link").first();
  const term = (await chip.innerText()).trim();
  await expect(chip).toHaveAttribute("rel", "tag");
  await chip.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(term);
});

test("release pages load no JavaScript", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto("./news/2025/03/annual-report-2024-fewer-burglaries-more-cyber-crime/");
  expect(scripts).toEqual([]);
  expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
});
