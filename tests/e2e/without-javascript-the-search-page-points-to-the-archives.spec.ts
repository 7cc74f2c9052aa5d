import { expect, test } from "./support/search-site.ts";

test.use({ javaScriptEnabled: false });

test("without JavaScript the search page says search needs it and links to the archives and taxonomy indexes", async ({ page, searchSite }) => {
  await page.goto(`${searchSite.url}search/?q=marmalade`);

  // Playwright's text and role locators skip <noscript> (microsoft/playwright#15887), so CSS ones are used.
  const notice = page.locator(".search-noscript");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Search needs JavaScript");
  const links = await notice.locator("a").evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute("href")]));
  expect(links).toEqual([
    ["All releases, newest first", "/news/"],
    ["Releases by crime areas", "/crime-areas/"],
    ["Releases by target groups", "/target-groups/"],
  ]);
  await expect(page.getByRole("button", { name: "Load more results" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Filter results" })).toBeHidden();
  // No axe here: it runs as page script, which this test turns off.
});
