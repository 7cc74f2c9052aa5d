import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { newestLastmod, renderUrlset, sitemapFiles, type SitemapUrl } from "../../lib/sitemaps/sitemap.ts";
import { latestChange, sitemapUrls } from "../../lib/sitemaps/site-sitemap.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { makeRelease, makeReleases, testConfig } from "../support/release-factory.ts";

const plan = {
  indexPath: "/sitemap.xml",
  numberedPath: (n: number) => `/sitemaps/sitemap-${n}.xml`,
  absoluteUrl: (path: string) => `https://example.org${path}`,
};
const urls = (count: number): SitemapUrl[] =>
  Array.from({ length: count }, (_, i) => ({ loc: `https://example.org/p/${i + 1}/`, lastmod: `2020-01-${String((i % 28) + 1).padStart(2, "0")}T00:00:00+01:00` }));

test("up to the limit, the sitemap is one urlset at /sitemap.xml", () => {
  const files = sitemapFiles(urls(10), { ...plan, limit: 10 });
  assert.deepEqual(files.map((f) => f.path), ["/sitemap.xml"]);
  assert.equal(files[0]!.xml.match(/<url>/g)?.length, 10);
  assert.match(files[0]!.xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
});

test("past the limit, /sitemap.xml becomes an index of numbered sitemaps, each with its newest lastmod", () => {
  const files = sitemapFiles(urls(25), { ...plan, limit: 10 });
  assert.deepEqual(files.map((f) => f.path), ["/sitemap.xml", "/sitemaps/sitemap-1.xml", "/sitemaps/sitemap-2.xml", "/sitemaps/sitemap-3.xml"]);
  assert.deepEqual(files.slice(1).map((f) => f.xml.match(/<url>/g)?.length), [10, 10, 5]);
  const index = files[0]!.xml;
  assert.match(index, /<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  assert.deepEqual([...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/sitemap>/g)].map((m) => [m[1], m[2]]), [
    ["https://example.org/sitemaps/sitemap-1.xml", "2020-01-10T00:00:00+01:00"],
    ["https://example.org/sitemaps/sitemap-2.xml", "2020-01-20T00:00:00+01:00"],
    ["https://example.org/sitemaps/sitemap-3.xml", "2020-01-25T00:00:00+01:00"],
  ]);
  for (const file of files) assert.equal(XMLValidator.validate(file.xml), true, file.path);
});

test("the default limit is the protocol's 50,000 URLs", () => {
  assert.equal(sitemapFiles(urls(50_000), plan).length, 1);
  assert.equal(sitemapFiles(urls(50_001), plan).length, 3);
  assert.throws(() => sitemapFiles(urls(2), { ...plan, limit: 0 }), RangeError);
});

test("locations are XML-escaped and a URL without lastmod has none", () => {
  const xml = renderUrlset([{ loc: "https://example.org/search/?q=a&b=<c>" }]);
  assert.match(xml, /<url><loc>https:\/\/example.org\/search\/\?q=a&amp;b=&lt;c&gt;<\/loc><\/url>/);
  assert.equal(XMLValidator.validate(xml), true);
});

test("the newest lastmod is compared as an instant, whatever the offsets", () => {
  assert.equal(newestLastmod([{ loc: "a", lastmod: "2020-01-01T23:30:00-05:00" }, { loc: "b", lastmod: "2020-01-02T01:00:00+01:00" }]), "2020-01-01T23:30:00-05:00");
  assert.equal(newestLastmod([{ loc: "a" }]), undefined);
});

test("a page's lastmod is the latest update or date among the releases it shows", () => {
  const older = { ...makeRelease({ title: "older", date: "2020-01-01" }), updated: "2021-06-01T10:00:00.000+02:00" };
  const newer = makeRelease({ title: "newer", date: "2021-01-01" });
  assert.equal(latestChange([newer, older]), "2021-06-01T10:00:00.000+02:00");
  assert.equal(latestChange([newer]), newer.date);
  assert.equal(latestChange([]), undefined);
});

test("the sitemap lists home, search, every list page and every release, drafts left out", () => {
  const releases = makeReleases([
    { title: "a", date: "2015-08-30", terms: { crime_areas: ["Drugs"] } },
    { title: "b", date: "2015-09-01", type: "speech" },
    { title: "c", date: "2015-09-02" },
  ]);
  const draft = { ...makeRelease({ title: "draft", date: "2015-09-03" }), draft: true };
  const site = new Newsroom(testConfig({ pageSize: 2 }), [draft, ...releases], "development");
  const locs = sitemapUrls(site).map((u) => u.loc.replace("https://fixture.example", ""));
  assert.equal(new Set(locs).size, locs.length);
  for (const path of ["/", "/search/", "/news/", "/news/page/1/", "/crime-areas/", "/crime-areas/drugs/", "/types/", "/types/speech/", "/news/2015/09/b/"]) {
    assert.ok(locs.includes(path), path);
  }
  assert.ok(!locs.includes("/news/2015/09/draft/"));
  const home = sitemapUrls(site).find((u) => u.loc === "https://fixture.example/");
  assert.equal(home?.lastmod, releases[0]!.date, "the home page's lastmod comes from published releases only");
});
