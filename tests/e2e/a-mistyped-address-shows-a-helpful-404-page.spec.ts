import { expect, expectAccessible, test } from "./support/page-checks.ts";

test("a mistyped address shows the 404 page, whose search box and archive links lead on", async ({ page, consoleMessages }) => {
  const response = await page.goto("./news/2099/01/no-such-release/");
  expect(response?.status()).toBe(404);
  // Chromium reports the document's own 404 on the console; here that status is the point,
  // so exactly that one message is taken out before the empty-console check.
  const own404 = "error: Failed to load resource: the server responded with a status of 404 (Not Found)";
  expect(consoleMessages).toEqual([own404]);
  consoleMessages.length = 0;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await expectAccessible(page);

  const latest = page.getByRole("region", { name: "Latest releases" }).getByRole("link").first();
  await expect(latest).toHaveAttribute("href", /^\/news\/\d{4}\/\d{2}\/[^/]+\/$/);
  await expect(page.getByRole("link", { name: "Crime areas" }).last()).toHaveAttribute("href", "/crime-areas/");

  await page.getByLabel("Words from the release you are looking for").fill("cadet");
  await page.getByLabel("Words from the release you are looking for").press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=cadet$/);
});
