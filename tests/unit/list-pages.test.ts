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
const summary = (page: ListPage) => `${page.kind} ${page.path} ${page.pageNumber}/${page.pageCount} ${page.releases.map((r) => r.title).join("")}`;

test("every list is cut into pages of pageSize, page 1 at the list's own URL", () => {
  assert.deepEqual(pages.map(summary), [
    "news /news/ 1/3 ed",
    "news /news/page/2/ 2/3 cb",
    "news /news/page/3/ 3/3 a",
    "year /news/2016/ 1/1 e",
    "year /news/2015/ 1/2 dc",
    "year /news/2015/page/2/ 2/2 ba",
    "month /news/2016/01/ 1/1 e",
    "month /news/2015/09/ 1/2 dc",
    "month /news/2015/09/page/2/ 2/2 b",
    "month /news/2015/08/ 1/1 a",
    "taxonomy /crime-areas/ 1/1 ",
    "term /crime-areas/drug-trafficking/ 1/2 dc",
    "term /crime-areas/drug-trafficking/page/2/ 2/2 ba",
    "taxonomy /target-groups/ 1/1 ",
    "types /types/ 1/1 ",
    "type /types/press-release/ 1/2 ed",
    "type /types/press-release/page/2/ 2/2 ba",
    "type /types/speech/ 1/1 c",
  ]);
});

test("positions and totals let a page say 'showing 3 to 4 of 5'", () => {
  const second = pages.find((p) => p.path === "/news/page/2/")!;
  assert.equal(second.firstPosition, 3);
  assert.equal(second.total, 5);
  assert.equal(second.basePath, "/news/");
});

test("archives know their nearest earlier and later neighbours with releases", () => {
  const months = pages.filter((p) => p.kind === "month" && p.pageNumber === 1);
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
