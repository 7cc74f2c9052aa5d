/**
 * Term, type, year, month and /news/ pages of a fixture site with page size 3: every
 * release reachable from each of its lists through pagination, counts agreeing
 * everywhere, GOV.UK-style pagination, breadcrumbs and no broken internal link.
 */
import { DateTime } from "luxon";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { DomUtils } from "htmlparser2";
import { buildSite } from "../../lib/build/build-site.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { ContentError, formatProblem } from "../../lib/errors.ts";
import { brokenLinks, elements, pageDocument, siteFiles, type BuiltSite, type Document, type Element } from "../support/built-site.ts";
import { makeFixtureSite, type FixtureRelease } from "../support/fixture-site.ts";

const releases: Record<string, FixtureRelease> = {};
// Eight releases in September 2015 about drug trafficking (three pages of three),
// one spelled differently; others spread over 2014 and 2016 and over types.
for (let day = 1; day <= 8; day++) {
  releases[`2015/09-${day}.md`] = {
    title: `Drug seizure number ${day}`,
    date: `2015-09-0${day}T10:00:00+02:00`,
    type: day % 3 === 0 ? "speech" : "press-release",
    crime_areas: [day === 4 ? "drug  Trafficking" : "Drug trafficking"],
    target_groups: day % 2 === 0 ? ["Press/Journalists"] : ["Citizens"],
  };
}
Object.assign(releases, {
  "2014/a.md": { title: "Burglary advice for winter", date: "2014-11-20", crime_areas: ["Burglary"], target_groups: ["Citizens"] },
  "2014/b.md": { title: "Port smuggling ring arrested", date: "2014-03-02", crime_areas: ["Drug trafficking", "Burglary"] },
  "2016/a.md": { title: "New Year's Eve report", date: "2015-12-31T23:30:00-05:00", type: "statement", target_groups: ["Press/Journalists"] },
  "2016/b.md": { title: "Cyber fraud warning", date: "2016-02-10", type: "news", crime_areas: ["Cyber-crime & fraud"] },
  "2016/c.md": { title: "Pénal reform statement", date: "2016-02-12", type: "statement", crime_areas: ["Pénal"] },
  "2016/d.md": { title: "Open day at headquarters", date: "2016-05-01", type: "news" },
  "2016/e.md": { title: "Annual figures", date: "2016-06-01" },
});

const fixture = makeFixtureSite(
  {
    taxonomies: [
      { key: "crime_areas", label: "Crime areas", slug: "crime-areas", description: "The kinds of crime a release is about.", termDescriptions: { "Drug trafficking": "Smuggling and dealing of drugs." } },
      { key: "target_groups", label: "Target groups", slug: "target-groups", terms: ["Citizens", "Press/Journalists", "Businesses"] },
    ],
  },
  releases,
);
const site: BuiltSite = { outDir: fixture.outDir, baseUrl: "https://fixture.example", pathPrefix: "/" };
const total = Object.keys(releases).length;

const fileOf = (urlPath: string) => `${urlPath.replace(/^\//, "")}index.html`;
const page = (urlPath: string): Document => pageDocument(site, fileOf(urlPath));
const byClass = (node: Document | Element, name: string) => DomUtils.findAll((e) => (e.attribs["class"] ?? "").split(" ").includes(name), node.children);
const text = (el: Element | Document) => DomUtils.textContent(el).replace(/\s+/g, " ").trim();
const titleOf = (doc: Document) => text(elements(doc, (e) => e.name === "title")[0]!);
const releaseLinks = (doc: Document) => byClass(doc, "release-item__title").map((h) => DomUtils.findOne((e) => e.name === "a", h.children)!.attribs["href"]!);
const jsonLdTypes = (doc: Document) => elements(doc, (e) => e.name === "script" && e.attribs["type"] === "application/ld+json").map((s) => JSON.parse(text(s)) as { "@type": string; itemListElement?: { name: string }[] });

/** Follows rel="next" from page 1 and collects every release link of the list, page by page. */
function walk(basePath: string): { pages: string[]; releases: string[] } {
  const pages: string[] = [];
  const found: string[] = [];
  let next: string | undefined = basePath;
  while (next) {
    assert.ok(!pages.includes(next), `pagination loops at ${next}`);
    pages.push(next);
    const doc = page(next);
    found.push(...releaseLinks(doc));
    next = elements(doc, (e) => e.name === "a" && e.attribs["rel"] === "next")[0]?.attribs["href"];
  }
  return { pages, releases: found };
}

/** "8 releases, newest first. …" → 8 */
const statedCount = (doc: Document) => Number(/^([\d,]+) releases?/.exec(text(byClass(doc, "list-page__count")[0]!))?.[1]?.replace(/,/g, "") ?? NaN);

before(async () => {
  await buildSite({ contentDir: fixture.contentDir, outDir: fixture.outDir });
});

describe("every release is reachable from each of its lists, with counts that agree", () => {
  test("through term, type, year, month and /news/ pagination", () => {
    const content = loadContent({ contentDir: fixture.contentDir, buildTime: DateTime.now() });
    assert.equal(content.releases.length, total);
    const lists = new Map<string, string[]>();
    const listOf = (basePath: string) => {
      let list = lists.get(basePath);
      if (!list) {
        const walked = walk(basePath);
        list = walked.releases;
        assert.equal(new Set(list).size, list.length, `${basePath} lists a release twice`);
        assert.equal(statedCount(page(basePath)), list.length, `${basePath} states its count`);
        lists.set(basePath, list);
      }
      return list;
    };
    for (const release of content.releases) {
      const where = ["/news/", `/news/${release.year}/`, `/news/${release.year}/${release.month}/`, `/types/${release.type}/`];
      const termLinks = elements(page(release.url), (e) => e.name === "a" && e.attribs["rel"] === "tag").map((a) => a.attribs["href"]!);
      assert.equal(termLinks.length, Object.values(release.terms).flat().length, `${release.url} links each of its terms`);
      for (const list of [...where, ...termLinks]) assert.ok(listOf(list).includes(release.url), `${release.url} is reachable from ${list}`);
    }
    assert.equal(listOf("/news/").length, total);
    assert.equal(listOf("/crime-areas/drug-trafficking/").length, 9);
    assert.equal(walk("/crime-areas/drug-trafficking/").pages.length, 3);
    assert.equal(walk("/news/2015/09/").pages.length, 2);
  });

  test("index pages give the same counts as the lists they link to", () => {
    const check = (indexPath: string) => {
      const items = byClass(page(indexPath), "count-list__item");
      assert.ok(items.length > 0, `${indexPath} lists something`);
      for (const item of items) {
        const link = DomUtils.findOne((e) => e.name === "a", item.children);
        if (!link) continue;
        const count = text(DomUtils.findOne((e) => e.attribs["class"] === "count-list__count", item.children)!);
        assert.equal(`${walk(link.attribs["href"]!).releases.length} release${count.startsWith("1 ") ? "" : "s"}`, count, `${indexPath} → ${link.attribs["href"]}`);
      }
    };
    for (const indexPath of ["/crime-areas/", "/target-groups/", "/types/", "/news/", "/news/2015/", "/news/2016/"]) check(indexPath);
  });

  test("the year of a release dated 23:30 on 31 December in New York is 2016 in Amsterdam", () => {
    assert.ok(releaseLinks(page("/news/2016/01/")).includes("/news/2016/01/new-years-eve-report/"));
    assert.ok(!existsSync(path.join(site.outDir, "news/2015/12")));
  });
});

describe("terms", () => {
  test("spellings differing in case or spacing are one term, shown in the most used spelling, with a warning", () => {
    const links = elements(page("/news/2015/09/drug-seizure-number-4/"), (e) => e.name === "a" && e.attribs["rel"] === "tag");
    assert.equal(text(links[0]!), "Drug trafficking");
    assert.equal(links[0]!.attribs["href"], "/crime-areas/drug-trafficking/");
    const warnings = loadContent({ contentDir: fixture.contentDir, buildTime: DateTime.now() }).problems.map(formatProblem);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /releases\/2015\/09-4\.md: warning: crime_areas: "drug Trafficking" is shown as "Drug trafficking"/);
  });

  test("the taxonomy index lists terms alphabetically with counts, and unused controlled terms as 'no releases yet'", () => {
    const items = byClass(page("/target-groups/"), "count-list__item").map(text);
    assert.deepEqual(items, ["Businesses no releases yet", "Citizens 5 releases", "Press/Journalists 5 releases"]);
    assert.ok(!existsSync(path.join(site.outDir, "target-groups/businesses")));
    assert.deepEqual(byClass(page("/crime-areas/"), "count-list__link").map(text), ["Burglary", "Cyber-crime & fraud", "Drug trafficking", "Pénal"]);
    assert.match(text(page("/crime-areas/")), /The kinds of crime a release is about\./);
  });

  test("slugs are clean ASCII", () => {
    for (const slug of ["cyber-crime-and-fraud", "penal"]) assert.ok(existsSync(path.join(site.outDir, "crime-areas", slug, "index.html")), slug);
    assert.ok(existsSync(path.join(site.outDir, "target-groups/press-journalists/index.html")));
  });

  test("a term page shows its description, breadcrumbs and BreadcrumbList and CollectionPage JSON-LD", () => {
    const doc = page("/crime-areas/drug-trafficking/page/1/");
    assert.match(text(doc), /Smuggling and dealing of drugs\./);
    const crumbs = elements(doc, (e) => e.name === "nav" && e.attribs["aria-label"] === "Breadcrumb")[0]!;
    assert.deepEqual(DomUtils.findAll((e) => e.name === "a", crumbs.children).map((a) => [text(a), a.attribs["href"]]), [["Home", "/"], ["Crime areas", "/crime-areas/"]]);
    const data = jsonLdTypes(doc);
    assert.deepEqual(data.map((d) => d["@type"]), ["CollectionPage", "BreadcrumbList"]);
    assert.deepEqual(data[1]!.itemListElement!.map((i) => i.name), ["Home", "Crime areas", "Drug trafficking"]);
  });

  test("different terms whose slugs collide stop the build, naming both spellings and files", async () => {
    const clash = makeFixtureSite({}, {
      "a.md": { title: "A", date: "2015-01-01", crime_areas: ["Cyber-crime & fraud"] },
      "b.md": { title: "B", date: "2015-01-02", crime_areas: ["Cyber crime and fraud"] },
    });
    await assert.rejects(buildSite({ contentDir: clash.contentDir, outDir: clash.outDir }), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      // Equal use: the spelling that sorts first is kept; the error sits on the other's file.
      assert.match(error.message, /releases\/a\.md: crime_areas: "Cyber-crime & fraud" and "Cyber crime and fraud" \(used in .*releases\/b\.md\) are different terms with the same URL \/crime-areas\/cyber-crime-and-fraud\//);
      return true;
    });
    assert.ok(!existsSync(clash.outDir));
  });
});

describe("pagination", () => {
  test("counted from the oldest: older pages are named by their dates, link newer, older, latest and oldest, and show no counts", () => {
    const doc = page("/news/page/4/");
    const dates = elements(doc, (e) => e.name === "time").map(text);
    assert.equal(titleOf(doc), `All news – ${dates.at(-1)} to ${dates[0]} | Fixture Newsroom`);
    assert.equal(text(byClass(doc, "list-page__count")[0]!), `Releases from ${dates.at(-1)} to ${dates[0]}, newest first.`);
    const nav = elements(doc, (e) => e.name === "nav" && e.attribs["aria-label"] === "Pagination");
    assert.equal(nav.length, 1);
    const bar = (d: Document) => byClass(d, "pagination__item").map((li) => {
      const a = DomUtils.findOne((e) => e.name === "a", li.children)!;
      return `${a.attribs["aria-current"] === "page" ? `[${text(a)}]` : text(a)} ${a.attribs["href"]}`;
    });
    assert.deepEqual(bar(doc), ["Latest releases /news/", "Oldest releases /news/page/1/"]);
    assert.deepEqual(bar(page("/news/")), ["[Latest releases] /news/", "Oldest releases /news/page/1/"]);
    assert.deepEqual(bar(page("/news/page/1/")), ["Latest releases /news/", "[Oldest releases] /news/page/1/"]);
    const rel = (name: string) => elements(doc, (e) => e.attribs["rel"] === name).map((e) => `${e.name} ${e.attribs["href"]}`);
    assert.deepEqual(rel("prev"), ["link https://fixture.example/news/", "a /news/"]);
    assert.deepEqual(rel("next"), ["link https://fixture.example/news/page/3/", "a /news/page/3/"]);
    // The year index links every year on every page; only the newest page counts them (an addition changes the counts).
    assert.deepEqual(byClass(doc, "count-list__item").map(text), ["2016", "2015", "2014"]);
    assert.match(text(byClass(page("/news/"), "list-page__count")[0]!), /^15 releases, newest first\. Showing 1 to 3\.$/);
  });

  test("the oldest page has no older link, and a single-page list has no pagination at all", () => {
    const last = page("/news/page/1/");
    assert.equal(elements(last, (e) => e.attribs["rel"] === "next").length, 0);
    assert.ok(!existsSync(path.join(site.outDir, "news/page/5")), "the newest page is written at the list's own address only");
    const single = page("/crime-areas/penal/");
    assert.equal(byClass(single, "pagination").length, 0);
    assert.equal(elements(single, (e) => e.attribs["rel"] === "prev" || e.attribs["rel"] === "next").length, 0);
    assert.equal(titleOf(single), "Pénal | Fixture Newsroom");
  });
});

describe("archives", () => {
  test("/news/ lists the years with counts; a year lists its months; a month links to its neighbours and up", () => {
    assert.deepEqual(byClass(page("/news/"), "count-list__item").map(text), ["2016 5 releases", "2015 8 releases", "2014 2 releases"]);
    assert.deepEqual(byClass(page("/news/2016/"), "count-list__item").map(text), ["June 2016 1 release", "May 2016 1 release", "February 2016 2 releases", "January 2016 1 release"]);
    const nav = (doc: Document) => elements(doc, (e) => e.name === "nav" && e.attribs["class"] === "archive-nav")[0]!;
    const links = (doc: Document) => DomUtils.findAll((e) => e.name === "a", nav(doc).children).map((a) => `${text(a)} → ${a.attribs["href"]}`);
    assert.deepEqual(links(page("/news/2016/01/")), ["Earlier month September 2015 → /news/2015/09/", "All of 2016 → /news/2016/", "Later month February 2016 → /news/2016/02/"]);
    assert.deepEqual(links(page("/news/2015/09/page/1/")), ["Earlier month November 2014 → /news/2014/11/", "All of 2015 → /news/2015/", "Later month January 2016 → /news/2016/01/"]);
    assert.deepEqual(links(page("/news/2016/")), ["Earlier year 2015 → /news/2015/", "All news → /news/"]);
    assert.match(titleOf(page("/news/2015/09/page/1/")), /^News from September 2015 – \d+ Sep 2015 to \d+ Sep 2015 \| Fixture Newsroom$/);
    assert.deepEqual(jsonLdTypes(page("/news/2015/09/"))[1]!.itemListElement!.map((i) => i.name), ["Home", "All news", "2015", "News from September 2015"]);
  });
});

describe("release pages", () => {
  test("list up to five related releases after the article, outside the search body", () => {
    const doc = page("/news/2015/09/drug-seizure-number-8/");
    const [section] = elements(doc, (e) => e.name === "section" && e.attribs["class"] === "related");
    assert.ok(section, "related section present");
    assert.equal(section.attribs["aria-labelledby"], "related-heading");
    const article = elements(doc, (e) => e.name === "article" && e.attribs["data-pagefind-body"] !== undefined)[0]!;
    assert.equal(DomUtils.nextElementSibling(article), section, "right after the searchable article, not inside it");
    const titles = DomUtils.findAll((e) => e.name === "h3", section.children).map(text);
    // Sharing both terms (drug trafficking and Press/Journalists), nearest in time first, then one term, nearest first.
    assert.deepEqual(titles, ["Drug seizure number 6", "Drug seizure number 4", "Drug seizure number 2", "Drug seizure number 7", "Drug seizure number 5"]);
  });
});

test("every internal link and asset of the built fixture resolves to a built file", () => {
  const files = siteFiles(site);
  assert.ok(files.includes("news/page/4/index.html"));
  assert.deepEqual(brokenLinks(site, files), []);
});

test("under a path prefix every browse link carries the prefix and still resolves", async () => {
  const prefixed = makeFixtureSite({}, Object.fromEntries(Object.entries(releases).slice(0, 8)));
  await buildSite({ contentDir: prefixed.contentDir, outDir: prefixed.outDir, pathPrefix: "/newsroom/" });
  const built: BuiltSite = { outDir: prefixed.outDir, baseUrl: "https://fixture.example", pathPrefix: "/newsroom/" };
  const doc = pageDocument(built, "crime-areas/drug-trafficking/page/1/index.html");
  assert.ok(elements(doc, (e) => e.name === "a" && e.attribs["rel"] === "prev")[0]!.attribs["href"] === "/newsroom/crime-areas/drug-trafficking/");
  assert.deepEqual(brokenLinks(built, siteFiles(built)), []);
});
