import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
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
  ...overrides,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "category"].includes(name) });
type Html = { "#text": string; "@type": string };
type Parsed = { feed: { updated: string; entry?: { title: Html; content: Html; category: { "@term": string }[] }[] } };

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
  // type="html": the title is escaped HTML, so a reader shows the tags as text.
  assert.equal(item.title["#text"], "Guns &amp; &lt;b&gt;drugs&lt;/b&gt; ]]&gt; seized");
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
    '<summary type="html"><![CDATA[Summary.]]></summary>',
    '<content type="html"><![CDATA[<p>Body.</p>]]></content>',
    '<category scheme="https://example.org/crime-areas/" term="Drug trafficking"/>',
  ]) assert.ok(atom.includes(expected), expected);
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
