import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { renderAtomFeed } from "../../lib/feeds/atom-feed.ts";
import type { FeedEntry, FeedInfo } from "../../lib/feeds/feed-model.ts";
import { renderJsonFeed } from "../../lib/feeds/json-feed.ts";
import { atomProblems, jsonFeedProblems } from "../support/feed-spec.ts";

const info: FeedInfo = {
  title: "Drug trafficking | Newsroom",
  description: "Releases about drug trafficking.",
  feedUrl: "https://example.org/crime-areas/drug-trafficking/feed.xml",
  homeUrl: "https://example.org/crime-areas/drug-trafficking/",
  language: "en",
  author: { name: "Agency & Co", url: "https://example.org/" },
  emptyUpdated: "2026-11-30T12:00:00.000+01:00",
};

const entry = (overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  url: "https://example.org/news/2026/11/a/",
  title: "Seizure",
  summary: "Summary.",
  contentHtml: "<p>Body.</p>",
  published: "2026-11-29T10:00:00.000+01:00",
  updated: "2026-11-29T10:00:00.000+01:00",
  categories: [{ label: "Drug trafficking", scheme: "https://example.org/crime-areas/" }],
  enclosures: [],
  ...overrides,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "category"].includes(name) });
type Typed = { "#text": string; "@type": string };
type Parsed = { feed: { updated: string; entry?: { title: Typed; summary: Typed; content: Typed; category: { "@term": string }[] }[] } };

/** Characters outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

test("hostile text survives as data: the feed stays well-formed and says what was written", () => {
  const atom = renderAtomFeed(info, [
    entry({
      title: "Guns & <b>drugs</b> ]]> seized",
      summary: "A <summary> & more",
      contentHtml: "<p>one ]]> two ]]> three</p>",
      categories: [{ label: 'Fraud & "scams" <online>', scheme: "https://example.org/crime-areas/" }, { label: "\uE000<x", scheme: "https://example.org/c/" }],
    }),
  ]);
  assert.equal(XMLValidator.validate(atom), true);
  const parsed = parser.parse(atom) as Parsed;
  const item = parsed.feed.entry![0]!;
  // Title and summary are plain text: what the editor wrote, tags and all.
  assert.deepEqual([item.title["@type"], item.title["#text"]], ["text", "Guns & <b>drugs</b> ]]> seized"]);
  assert.deepEqual([item.summary["@type"], item.summary["#text"]], ["text", "A <summary> & more"]);
  assert.equal(item.content["@type"], "html");
  assert.equal(item.content["#text"], "<p>one ]]&gt; two ]]&gt; three</p>");
  assert.deepEqual(item.category.map((c) => c["@term"]), ['Fraud & "scams" <online>', "<x"]);
  assert.deepEqual(atomProblems("feed.xml", atom), []);
});

test("the feed's updated is its newest entry's change, or the build time when empty", () => {
  const atom = renderAtomFeed(info, [entry({ updated: "2026-11-01T00:00:00.000+01:00" }), entry({ url: "https://example.org/b/", updated: "2026-11-20T08:00:00.000-05:00" })]);
  assert.equal((parser.parse(atom) as Parsed).feed.updated, "2026-11-20T13:00:00.000Z");
  const empty = renderAtomFeed(info, []);
  assert.equal((parser.parse(empty) as Parsed).feed.updated, "2026-11-30T11:00:00.000Z");
  assert.deepEqual(atomProblems("empty.xml", empty), []);
});

test("entries have id, link, published, updated, summary, content and categories; the feed its self link and author", () => {
  const atom = renderAtomFeed({ ...info, logo: "https://example.org/card.png" }, [entry({ updated: "2026-11-30T09:00:00.000+01:00" })]);
  for (const expected of [
    '<link rel="self" href="https://example.org/crime-areas/drug-trafficking/feed.xml"/>',
    '<link rel="alternate" href="https://example.org/crime-areas/drug-trafficking/"/>',
    "<name>Agency &amp; Co</name>",
    "<logo>https://example.org/card.png</logo>",
    "<id>https://example.org/news/2026/11/a/</id>",
    '<link href="https://example.org/news/2026/11/a/"/>',
    "<published>2026-11-29T09:00:00.000Z</published>",
    "<updated>2026-11-30T08:00:00.000Z</updated>",
    '<title type="text">Seizure</title>',
    '<summary type="text">Summary.</summary>',
    '<content type="html"><![CDATA[<p>Body.</p>]]></content>',
    '<category scheme="https://example.org/crime-areas/" term="Drug trafficking"/>',
  ]) assert.ok(atom.includes(expected), expected);
});

test("a feed reader (rss-parser) shows titles and summaries exactly as written, never entity text", async () => {
  const title = `Police warn of 'easy cash' offers: "money mules" & <fraud>`;
  const atom = renderAtomFeed({ ...info, title: "Fraud & 'scams' <online> | Newsroom" }, [entry({ title, summary: `It's "free" & <quick>` })]);
  const feed = await new Parser().parseString(atom);
  assert.equal(feed.title, "Fraud & 'scams' <online> | Newsroom");
  assert.equal(feed.items[0]?.title, title);
  assert.equal(feed.items[0]?.summary, `It's "free" & <quick>`);
  assert.doesNotMatch(atom, /&#39;|&amp;(amp|lt|gt|quot|apos|#\d+);/, "nothing escaped twice");
});

test("text that already looks like an entity is text: '&amp;' in a title reads '&amp;'", async () => {
  const atom = renderAtomFeed({ ...info, title: "R&amp;D", author: { name: "A &lt; B", url: "https://example.org/" } }, [entry({ title: "Tom &amp; Jerry", categories: [{ label: "&lt;x&gt;", scheme: "https://example.org/c/" }] })]);
  const feed = await new Parser().parseString(atom);
  assert.equal(feed.title, "R&amp;D");
  assert.equal(feed.items[0]?.title, "Tom &amp; Jerry");
  const item = (parser.parse(atom) as Parsed).feed.entry![0]!;
  assert.deepEqual(item.category.map((c) => c["@term"]), ["&lt;x&gt;"]);
  assert.ok(atom.includes("<name>A &amp;lt; B</name>"));
});

test("characters XML 1.0 forbids are dropped from every text, so no content can make the feed ill-formed", async () => {
  const atom = renderAtomFeed(
    { ...info, title: "News\u0001room", description: "All\u000B releases", author: { name: "Agency\u0002", url: "https://example.org/" } },
    [entry({ title: "Raid\u0001 in the port", summary: "Line\u000Bbreak", contentHtml: "<p>Tab\u000B and\u0000 null \uFFFF</p>", categories: [{ label: "Drugs\u001F", scheme: "https://example.org/c/" }] })],
  );
  assert.doesNotMatch(atom, notXmlChar);
  assert.deepEqual(atomProblems("feed.xml", atom), []);
  const feed = await new Parser().parseString(atom);
  assert.equal(feed.title, "Newsroom");
  assert.equal(feed.items[0]?.title, "Raid in the port");
  assert.equal(feed.items[0]?.summary, "Linebreak");
  assert.equal(feed.items[0]?.content, "<p>Tab and null </p>");
  assert.ok(atom.includes("<subtitle>All releases</subtitle>") && atom.includes("<name>Agency</name>") && atom.includes('term="Drugs"'));
});

test("text cannot forge a placeholder, and the same input writes the same bytes", () => {
  const entries = [entry({ title: "\uE0000\uE000", contentHtml: "<p>\uE0001\uE000</p>", summary: "" })];
  const atom = renderAtomFeed(info, entries);
  assert.ok(atom.includes('<title type="text">0</title>'));
  assert.ok(atom.includes("<![CDATA[<p>1</p>]]>"));
  assert.doesNotMatch(atom, /<summary/, "an empty summary is left out");
  assert.equal(renderAtomFeed(info, entries), atom);
});

test("the JSON Feed is version 1.1 with authors, language and each item's dates and tags", () => {
  const json = renderJsonFeed(info, [entry({ categories: [{ label: "A", scheme: "s1" }, { label: "A", scheme: "s2" }, { label: "B", scheme: "s1" }] })]);
  assert.deepEqual(jsonFeedProblems("feed.json", json), []);
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  assert.equal(feed["version"], "https://jsonfeed.org/version/1.1");
  assert.deepEqual(feed["authors"], [{ name: "Agency & Co", url: "https://example.org/" }]);
  assert.equal(feed["language"], "en");
  assert.deepEqual(feed.items[0], {
    id: "https://example.org/news/2026/11/a/",
    url: "https://example.org/news/2026/11/a/",
    title: "Seizure",
    content_html: "<p>Body.</p>",
    summary: "Summary.",
    date_published: "2026-11-29T10:00:00.000+01:00",
    date_modified: "2026-11-29T10:00:00.000+01:00",
    tags: ["A", "B"],
  });
});

test("the JSON Feed drops the same control characters as the Atom feeds", () => {
  const json = renderJsonFeed({ ...info, title: "News\u0001room" }, [entry({ title: "Raid\u0001", summary: "a\u000Bb", contentHtml: "<p>c\u000Bd</p>", categories: [{ label: "X\u0002", scheme: "s" }] })]);
  const feed = JSON.parse(json) as { title: string; items: { title: string; summary: string; content_html: string; tags: string[] }[] };
  assert.deepEqual([feed.title, feed.items[0]?.title, feed.items[0]?.summary, feed.items[0]?.content_html, feed.items[0]?.tags], ["Newsroom", "Raid", "ab", "<p>cd</p>", ["X"]]);
});

test("a release's documents are enclosure links of its Atom entry and attachments of its JSON Feed item", () => {
  const enclosures = [
    { url: "https://example.org/news/2026/11/a/report.pdf", title: "Annual report & figures", mime: "application/pdf", bytes: 2_411_724 },
    { url: "https://example.org/media/data.csv", title: "Data", mime: "text/csv", bytes: 900 },
  ];
  const atom = renderAtomFeed(info, [entry({ url: "https://example.org/news/2026/11/b/" }), entry({ enclosures })]);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(atom) as { feed: { entry: { link: unknown }[] } };
  const links = (e: { link: unknown }) => ([] as { rel?: string; href: string; type?: string; length?: string; title?: string }[]).concat(e.link as never);
  assert.deepEqual(links(parsed.feed.entry[0]!).filter((l) => l.rel === "enclosure"), []);
  assert.deepEqual(links(parsed.feed.entry[1]!).filter((l) => l.rel === "enclosure"), [
    { rel: "enclosure", type: "application/pdf", length: "2411724", title: "Annual report & figures", href: "https://example.org/news/2026/11/a/report.pdf" },
    { rel: "enclosure", type: "text/csv", length: "900", title: "Data", href: "https://example.org/media/data.csv" },
  ]);
  const json = JSON.parse(renderJsonFeed(info, [entry({ enclosures })])) as { items: { attachments?: unknown }[] };
  assert.deepEqual(json.items[0]!.attachments, [
    { url: "https://example.org/news/2026/11/a/report.pdf", mime_type: "application/pdf", title: "Annual report & figures", size_in_bytes: 2_411_724 },
    { url: "https://example.org/media/data.csv", mime_type: "text/csv", title: "Data", size_in_bytes: 900 },
  ]);
});
