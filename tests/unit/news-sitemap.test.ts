import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { XMLValidator } from "fast-xml-parser";
import { newsLanguage, newsReleases, renderNewsSitemap } from "../../lib/sitemaps/news-sitemap.ts";
import { makeRelease } from "../support/release-factory.ts";

const buildTime = DateTime.fromISO("2026-11-30T12:00:00+01:00").toMillis();
const at = (title: string, date: string) => makeRelease({ title, date });

test("the news window is the two days before the build time, both ends included", () => {
  const releases = [
    at("future", "2026-11-30T12:00:01+01:00"),
    at("now", "2026-11-30T12:00:00+01:00"),
    at("yesterday", "2026-11-29T08:00:00+01:00"),
    at("exactly two days", "2026-11-28T12:00:00+01:00"),
    at("two days and a second", "2026-11-28T11:59:59+01:00"),
    at("other offset, inside", "2026-11-28T06:30:00-05:00"),
  ];
  assert.deepEqual(newsReleases(releases, buildTime).map((r) => r.title), ["now", "yesterday", "other offset, inside", "exactly two days"]);
});

test("drafts are never news, and at most `limit` releases are kept, newest first", () => {
  const draft = { ...at("draft", "2026-11-30T10:00:00+01:00"), draft: true };
  const many = Array.from({ length: 5 }, (_, i) => at(`r${i}`, `2026-11-30T0${i}:00:00+01:00`));
  assert.deepEqual(newsReleases([draft, ...many], buildTime, 3).map((r) => r.title), ["r4", "r3", "r2"]);
  const thousand = Array.from({ length: 1200 }, (_, i) => ({ ...at("x", "2026-11-30T00:00:00+01:00"), timestamp: buildTime - i * 1000 }));
  assert.equal(newsReleases(thousand, buildTime).length, 1000);
});

test("Google's language codes: the ISO 639 part, except zh-cn and zh-tw", () => {
  assert.equal(newsLanguage("en-GB"), "en");
  assert.equal(newsLanguage("nl"), "nl");
  assert.equal(newsLanguage("zh-Hans"), "zh-cn");
  assert.equal(newsLanguage("zh-TW"), "zh-tw");
});

test("each URL carries publication name and language, publication date and the escaped title", () => {
  const release = at("Drugs & <guns> seized", "2026-11-30T09:00:00+01:00");
  const xml = renderNewsSitemap([release], { name: "Agency & Co", language: "en-GB" }, (p) => `https://example.org${p}`);
  assert.equal(XMLValidator.validate(xml), true);
  assert.match(xml, /<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:news="http:\/\/www.google.com\/schemas\/sitemap-news\/0.9">/);
  assert.ok(xml.includes(
    `<url><loc>https://example.org${release.url}</loc><news:news><news:publication><news:name>Agency &amp; Co</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-30T09:00:00.000+01:00</news:publication_date><news:title>Drugs &amp; &lt;guns&gt; seized</news:title></news:news></url>`,
  ));
});

test("an empty news sitemap is still a valid urlset", () => {
  const xml = renderNewsSitemap([], { name: "A", language: "en" }, (p) => p);
  assert.equal(XMLValidator.validate(xml), true);
  assert.doesNotMatch(xml, /<url>/);
});
