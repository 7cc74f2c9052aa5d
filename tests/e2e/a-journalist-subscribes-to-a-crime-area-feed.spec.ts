import { XMLParser } from "fast-xml-parser";
import { expect, expectAccessible, test } from "./support/page-checks.ts";

test("a journalist finds a crime area's feed on its page and the feed lists that page's newest release", async ({ page, request }) => {
  await page.goto("./crime-areas/drug-trafficking/");
  await expectAccessible(page);
  const newest = (await page.locator(".release-list .release-item h2 a, .release-list .release-item h3 a").first().getAttribute("href"))!;

  const subscribe = page.getByRole("link", { name: /Subscribe to .* \(Atom feed\)/ });
  await expect(subscribe).toHaveAttribute("href", "/crime-areas/drug-trafficking/feed.xml");
  const discovered = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(discovered).toHaveAttribute("href", "https://newsroom.havenmark.example/crime-areas/drug-trafficking/feed.xml");

  const response = await request.get((await subscribe.getAttribute("href"))!);
  expect(response.ok()).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(await response.text()) as {
    feed: { entry: { id: string; content: { "#text": string } }[] };
  };
  expect(feed.feed.entry[0]!.id).toBe(`https://newsroom.havenmark.example${newest}`);
  expect(feed.feed.entry[0]!.content["#text"]).toContain("<p>");
});
