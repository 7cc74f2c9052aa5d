import assert from "node:assert/strict";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { renderReleasePage } from "../../layouts/release-page.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { makeRelease, testConfig } from "../support/release-factory.ts";

/** content of every <meta property|name="…">, in document order. */
function metaTags(page: string): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const element of DomUtils.findAll((e) => e.name === "meta", parseDocument(page).children)) {
    const key = element.attribs["property"] ?? element.attribs["name"];
    if (key && !(key in meta)) meta[key] = element.attribs["content"] ?? "";
  }
  return meta;
}

const hostile = `<script>alert("x")</script> 'easy cash' & more`;

/** X reads these from og:title, og:description and og:image (issue #15), so the page does not repeat them. */
const xFallbacks = ["twitter:title", "twitter:description", "twitter:image"];

test("a release with a body image: a large card of that image, with the alt its editor wrote", () => {
  const site = new Newsroom(testConfig({ image: "/assets/newsroom-card.png" }), [], "production");
  const release = { ...makeRelease({ title: hostile, date: "2026-01-02" }), body: `![Officers & a "boat" <at> the quay](photo.jpg)\n\nText.` };
  const page = renderReleasePage(site, release);
  const meta = metaTags(page);
  const image = `https://fixture.example${release.url}photo.jpg`;
  assert.equal(meta["og:title"], hostile);
  assert.equal(meta["og:description"], release.summary);
  assert.equal(meta["og:image"], image);
  assert.equal(meta["og:image:alt"], `Officers & a "boat" <at> the quay`);
  assert.equal(meta["twitter:card"], "summary_large_image");
  assert.equal(meta["twitter:image:alt"], `Officers & a "boat" <at> the quay`, "X has no Open Graph fallback for the alt text");
  for (const key of xFallbacks) assert.equal(meta[key], undefined, key);
  // Front-matter text stays escaped in the attributes.
  assert.ok(page.includes(`<meta property="og:title" content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;easy cash&#39; &amp; more">`));
  assert.doesNotMatch(page, /<script>alert/);
});

test("a body image without alt text is described by the release title", () => {
  const site = new Newsroom(testConfig(), [], "production");
  const release = { ...makeRelease({ title: "Port seizure", date: "2026-01-02" }), body: "![](photo.jpg)" };
  const meta = metaTags(renderReleasePage(site, release));
  assert.equal(meta["og:image:alt"], "Port seizure");
  assert.equal(meta["twitter:image:alt"], "Port seizure");
});

test("a release without an image shows the site card, described by the site title", () => {
  const site = new Newsroom(testConfig({ image: "/assets/newsroom-card.png" }), [], "production");
  const meta = metaTags(renderReleasePage(site, makeRelease({ title: "Road checks", date: "2026-01-02" })));
  assert.equal(meta["og:image"], "https://fixture.example/assets/newsroom-card.png");
  assert.equal(meta["og:image:alt"], "Fixture Newsroom");
  assert.equal(meta["twitter:card"], "summary_large_image");
  assert.equal(meta["twitter:image:alt"], "Fixture Newsroom");
});

test("with no image at all the card is a plain summary, and no image tags are written", () => {
  const site = new Newsroom(testConfig(), [], "production");
  const meta = metaTags(renderReleasePage(site, makeRelease({ title: "Road checks", date: "2026-01-02" })));
  assert.equal(meta["twitter:card"], "summary");
  assert.equal(meta["og:title"], "Road checks");
  for (const key of ["og:image", "og:image:alt", "twitter:image", "twitter:image:alt"]) assert.equal(meta[key], undefined, key);
});
