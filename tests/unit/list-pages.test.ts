import assert from "node:assert/strict";
import { test } from "node:test";
import { Newsroom } from "../../lib/site/newsroom.ts";
import type { ListPage } from "../../lib/site/site-model.ts";
import { makeReleases, testConfig } from "../support/release-factory.ts";

const config = testConfig({ pageSize: 2 });
const releases = makeReleases([
  { title: "a", date: "2015-08-30", terms: { crime_areas: ["Drug trafficking"] } },
  { title: "b", date: "2015-09-01", terms: { crime_areas: ["Drug trafficking"] } },
  { title: "c", date: "2015-09-11", terms: { crime_areas: ["drug trafficking"] }, type: "speech" },
  { title: "d", date: "2015-09-20", terms: { crime_areas: ["Drug trafficking"] } },
  { title: "e", date: "2016-01-05" },
]);
const site = new Newsroom(config, releases, "production");
const pages = site.listPages;
const summary = (page: ListPage) => `${page.kind} ${page.path} ${page.pageNumber}${page.newest ? " newest" : ""} ${page.releases.map((r) => r.title).join("")}`;

test("every list is cut into pages counted from the oldest, the newest at the list's own URL holding one to two pages' worth", () => {
  assert.deepEqual(pages.map(summary), [
    "news /news/ 2 newest edc",
    "news /news/page/1/ 1 ba",
    "year /news/2016/ 1 newest e",
    "year /news/2015/ 2 newest dc",
    "year /news/2015/page/1/ 1 ba",
    "month /news/2016/01/ 1 newest e",
    "month /news/2015/09/ 1 newest dcb",
    "month /news/2015/08/ 1 newest a",
    "taxonomy /crime-areas/ 1 newest ",
    "term /crime-areas/drug-trafficking/ 2 newest dc",
    "term /crime-areas/drug-trafficking/page/1/ 1 ba",
    "taxonomy /target-groups/ 1 newest ",
    "types /types/ 1 newest ",
    "type /types/press-release/ 2 newest ed",
    "type /types/press-release/page/1/ 1 ba",
    "type /types/speech/ 1 newest c",
  ]);
});

test("pages link their newer and older neighbours; only the newest page knows the total", () => {
  const newest = pages.find((p) => p.path === "/news/")!;
  const oldest = pages.find((p) => p.path === "/news/page/1/")!;
  assert.deepEqual([newest.newerPath, newest.olderPath, newest.total], [undefined, "/news/page/1/", 5]);
  assert.deepEqual([oldest.newerPath, oldest.olderPath, oldest.total], ["/news/", undefined, undefined]);
  assert.equal(oldest.basePath, "/news/");
});

test("a release added at the top leaves every older page's releases where they were; once a page fills, the one below the newest links a new newer page", () => {
  const news = (titles: readonly string[]) => new Newsroom(config, makeReleases(titles.map((title, i) => ({ title, date: `2015-09-${String(i + 10)}` }))), "production")
    .listPages.filter((p) => p.kind === "news")
    .map((p) => `${summary(p)} ← ${p.newerPath ?? "–"} → ${p.olderPath ?? "–"}`);
  assert.deepEqual(news(["a", "b", "c", "d", "e", "f", "g"]), [
    "news /news/ 3 newest gfe ← – → /news/page/2/",
    "news /news/page/2/ 2 dc ← /news/ → /news/page/1/",
    "news /news/page/1/ 1 ba ← /news/page/2/ → –",
  ]);
  assert.deepEqual(news(["a", "b", "c", "d", "e", "f", "g", "h"]), [
    "news /news/ 4 newest hg ← – → /news/page/3/",
    "news /news/page/3/ 3 fe ← /news/ → /news/page/2/",
    "news /news/page/2/ 2 dc ← /news/page/3/ → /news/page/1/",
    "news /news/page/1/ 1 ba ← /news/page/2/ → –",
  ]);
});

test("archives know their nearest earlier and later neighbours with releases", () => {
  const months = pages.filter((p) => p.kind === "month" && p.newest);
  assert.deepEqual(months.map((p) => p.kind === "month" && [p.earlier?.path, p.month.path, p.later?.path]), [
    ["/news/2015/09/", "/news/2016/01/", undefined],
    ["/news/2015/08/", "/news/2015/09/", "/news/2016/01/"],
    [undefined, "/news/2015/08/", "/news/2015/09/"],
  ]);
  const year = pages.find((p) => p.path === "/news/2015/");
  assert.ok(year?.kind === "year");
  assert.equal(year.later?.year, "2016");
  assert.equal(year.earlier, undefined);
});

test("the model is computed once and kept", () => {
  assert.equal(site.listPages, pages);
  assert.equal(site.taxonomyEntries, site.taxonomyEntries);
});

test("term links on a release use the merged spelling and its URL", () => {
  const c = releases.find((r) => r.title === "c")!;
  assert.deepEqual(site.termLinks(c, config.taxonomies[0]!), [{ label: "Drug trafficking", path: "/crime-areas/drug-trafficking/" }]);
});

test("counts agree: every release is on exactly one page of each of its lists", () => {
  const count = new Map<string, number>();
  for (const page of pages) for (const r of page.releases) count.set(`${r.title} ${page.kind}`, (count.get(`${r.title} ${page.kind}`) ?? 0) + 1);
  for (const r of releases) {
    for (const kind of ["news", "year", "month", "type"]) assert.equal(count.get(`${r.title} ${kind}`), 1, `${r.title} on ${kind}`);
    assert.equal(count.get(`${r.title} term`) ?? 0, Object.values(r.terms).flat().length > 0 ? 1 : 0);
  }
});
