/**
 * What real clients make of a built site (issue #16): every feed read by rss-parser, the
 * feed-reader library many aggregators use, and the social-card and structured-data
 * tags a link preview or a structured-data tester reads from a release page. One fixture
 * site with the text that used to break them: apostrophes, quotes, "&" and "<" in a
 * title (shown as "&#39;easy cash&#39;"), and a title with U+0001 and a body with a
 * vertical tab from a word processor (each made every feed it reached ill-formed).
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import Parser from "rss-parser";
import { buildSite } from "../../lib/build/build-site.ts";
import { elements, pageDocument, resolveInSite, siteFiles, type BuiltSite, type Document } from "../support/built-site.ts";
import { atomProblems, jsonFeedProblems } from "../support/feed-spec.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { fixtureJpeg } from "../support/fixture-images.ts";

const quoted = `Police warn of 'easy cash' offers: "money mules" & <fraud>`;
const quotedSummary = `Don't "lend" your account & <never> sell it.`;
const term = "Fraud & 'scams'";
const alt = `Officers at the "quay" & <dock>`;

const fixture = makeFixtureSite({ image: "/assets/newsroom-card.png" }, {
  "2026/mules.md": {
    title: quoted,
    date: "2026-11-20T10:00:00+01:00",
    summary: quotedSummary,
    crime_areas: [term],
    body: `![${alt}](/media/mule-card.jpg)\n\nMoney mules lose their accounts.`,
  },
  "2026/raid.md": {
    title: "Raid\u0001 in the port",
    slug: "raid",
    date: "2026-11-21T10:00:00+01:00",
    type: "news",
    crime_areas: ["Drug trafficking", term],
    body: "First line\u000Bsecond line of the raid.\n\nMore.",
  },
  "2026/plain.md": { title: "Road checks", date: "2026-11-19", type: "statement" },
});

/** Each release's title as a reader must show it: as written, control characters dropped. */
const shownTitles: Record<string, string> = {
  "news/2026/11/police-warn-of-easy-cash-offers-money-mules-and-fraud/": quoted,
  "news/2026/11/raid/": "Raid in the port",
  "news/2026/11/road-checks/": "Road checks",
};

/** Characters outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** Entity text a reader would show literally: "&#39;", "&amp;", "&lt;" … */
const entityText = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

const site: BuiltSite = { outDir: fixture.outDir, baseUrl: "https://fixture.example", pathPrefix: "/" };
let files: string[] = [];
const read = (file: string) => readFileSync(path.join(fixture.outDir, file), "utf8");
const release = (url: string) => url.replace(`${site.baseUrl}/`, "");

before(async () => {
  mkdirSync(path.join(fixture.contentDir, "media"), { recursive: true });
  writeFileSync(path.join(fixture.contentDir, "media", "mule-card.jpg"), await fixtureJpeg(1200, 630));
  await buildSite({ contentDir: fixture.contentDir, outDir: fixture.outDir, buildTime: "2026-11-30T12:00:00+01:00" });
  files = siteFiles(site);
});

describe("feeds in a feed reader (rss-parser)", () => {
  test("every Atom feed is XML 1.0 throughout, meets the spec and parses", async () => {
    const feeds = files.filter((f) => f.endsWith(".xml") && f.includes("feed"));
    assert.ok(feeds.length >= 6, `feeds: ${feeds.join(", ")}`);
    for (const feed of feeds) {
      const xml = read(feed);
      assert.doesNotMatch(xml, notXmlChar, `${feed} has a character XML 1.0 forbids`);
      assert.deepEqual(atomProblems(feed, xml), []);
      await assert.doesNotReject(new Parser().parseString(xml), feed);
    }
  });

  test("every entry's title and summary read exactly as written, with no entity text, in every feed", async () => {
    const seen: Record<string, number> = {};
    for (const feed of files.filter((f) => f.endsWith("feed.xml"))) {
      const parsed = await new Parser().parseString(read(feed));
      assert.doesNotMatch(parsed.title ?? "", entityText, feed);
      for (const item of parsed.items) {
        const url = release(item.link ?? "");
        assert.equal(item.title, shownTitles[url], `${feed}: ${url}`);
        assert.doesNotMatch(item.title ?? "", entityText, `${feed}: ${url}`);
        if (url === "news/2026/11/police-warn-of-easy-cash-offers-money-mules-and-fraud/") assert.equal(item["summary"], quotedSummary, feed);
        seen[url] = (seen[url] ?? 0) + 1;
      }
    }
    // Every release was read, each hostile one in the newsroom's feed, its terms' and its type's.
    assert.deepEqual(Object.keys(seen).sort(), Object.keys(shownTitles).sort());
    assert.ok(seen["news/2026/11/raid/"]! >= 4 && seen["news/2026/11/police-warn-of-easy-cash-offers-money-mules-and-fraud/"]! >= 3, JSON.stringify(seen));
  });

  test("feed titles made from term labels are plain text too", async () => {
    const parsed = await new Parser().parseString(read("crime-areas/fraud-and-scams/feed.xml"));
    assert.equal(parsed.title, "Fraud & 'scams': Crime areas | Fixture Newsroom");
    assert.deepEqual(parsed.items.map((i) => i.title), ["Raid in the port", quoted]);
  });

  test("the body keeps its HTML, with the vertical tab dropped", async () => {
    const parsed = await new Parser().parseString(read("feed.xml"));
    const raid = parsed.items.find((i) => release(i.link ?? "") === "news/2026/11/raid/");
    assert.match(raid?.content ?? "", /^<p>First linesecond line of the raid\.<\/p>/);
  });

  test("the JSON Feed parses and carries the same plain titles and summary", () => {
    const json = read("feed.json");
    assert.deepEqual(jsonFeedProblems("feed.json", json), []);
    const feed = JSON.parse(json) as { items: { url: string; title: string; summary: string; content_html: string }[] };
    assert.deepEqual(Object.fromEntries(feed.items.map((i) => [release(i.url), i.title])), shownTitles);
    assert.equal(feed.items.find((i) => i.title === quoted)?.summary, quotedSummary);
    for (const item of feed.items) assert.doesNotMatch(item.title + item.summary + item.content_html, notXmlChar);
  });
});

describe("social cards and structured data on release pages", () => {
  const meta = (document: Document, key: string) =>
    elements(document, (e) => e.name === "meta" && (e.attribs["property"] === key || e.attribs["name"] === key)).map((e) => e.attribs["content"]);

  // X reads og:title, og:description and og:image when its own tags are absent; it has no
  // Open Graph fallback for the card type or the image's alt text (issue #15).
  test("every release page carries twitter:card and twitter:image:alt, and the og:title, description and image X falls back to", () => {
    for (const url of Object.keys(shownTitles)) {
      const document = pageDocument(site, `${url}index.html`);
      assert.deepEqual(meta(document, "twitter:card"), ["summary_large_image"], url);
      for (const key of ["og:title", "og:description", "og:image"]) assert.equal(meta(document, key).filter((v) => v).length, 1, `${url}: ${key}`);
      for (const key of ["twitter:title", "twitter:description", "twitter:image"]) assert.deepEqual(meta(document, key), [], `${url}: ${key} repeats og:*`);
      assert.equal(meta(document, "og:image:alt").length, 1, url);
      assert.deepEqual(meta(document, "twitter:image:alt"), meta(document, "og:image:alt"), url);
      const image = meta(document, "og:image")[0] ?? "";
      assert.equal(resolveInSite(site, image, `${site.baseUrl}/${url}`).kind, "file", `${url}: ${image}`);
    }
    const mules = pageDocument(site, "news/2026/11/police-warn-of-easy-cash-offers-money-mules-and-fraud/index.html");
    assert.deepEqual(meta(mules, "og:title"), [quoted], "escaped in the page, the same text to its reader");
    assert.match(meta(mules, "og:image")[0] ?? "", new RegExp(`^${site.baseUrl}/img/[\\w-]+-800\\.jpeg$`), "the body image's JPEG rendition");
    assert.deepEqual(meta(mules, "og:image:alt"), [alt], "the alt text of the body image that is the card");
    assert.deepEqual(meta(pageDocument(site, "news/2026/11/road-checks/index.html"), "og:image:alt"), ["Fixture Newsroom"], "the site card");
  });

  test("NewsArticle's publisher has a logo: an ImageObject whose absolute URL is a PNG in the built site", () => {
    for (const url of Object.keys(shownTitles)) {
      const article = jsonLd(pageDocument(site, `${url}index.html`)).find((d) => d["@type"] === "NewsArticle");
      const publisher = article?.["publisher"] as { name: string; logo: { "@type": string; url: string; width: number; height: number } };
      assert.equal(publisher.name, "Fixture Agency");
      assert.equal(publisher.logo["@type"], "ImageObject");
      assert.match(publisher.logo.url, /^https:\/\/fixture\.example\//);
      const target = resolveInSite(site, publisher.logo.url, site.baseUrl);
      assert.equal(target.kind, "file", publisher.logo.url);
      const png = readFileSync(path.join(fixture.outDir, target.kind === "file" ? target.file : ""));
      assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [publisher.logo.width, publisher.logo.height]);
    }
  });
});

function jsonLd(document: Document): Record<string, unknown>[] {
  return elements(document, (e) => e.name === "script" && e.attribs["type"] === "application/ld+json").map(
    (e) => JSON.parse(e.children.map((c) => ("data" in c ? c.data : "")).join("")) as Record<string, unknown>,
  );
}
