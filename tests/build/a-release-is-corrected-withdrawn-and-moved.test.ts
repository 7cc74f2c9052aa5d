import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { DateTime } from "luxon";
import { buildSite } from "../../lib/build/build-site.ts";
import { validateSite } from "../../lib/build/validate-site.ts";
import { formatProblem } from "../../lib/errors.ts";
import { makeFixtureSite, type FixtureRelease, type FixtureSite } from "../support/fixture-site.ts";

const buildTime = "2026-12-01T12:00:00+01:00";

const corrected: FixtureRelease = {
  title: "Harbour arrests corrected",
  date: "2026-11-20T14:30:00",
  crime_areas: ["Smuggling"],
  changes: [
    { date: "2026-11-21", note: "Corrected the number of arrests from 4 to 5." },
    { date: "2026-11-25T09:05:00", note: "Added the court date." },
  ],
  aliases: ["/media-press/newsroom/news/harbour-arrests", "/news/harbour-arrests/"],
};
const withdrawn: FixtureRelease = {
  title: "Missing walker appeal",
  date: "2026-11-26",
  type: "news",
  crime_areas: ["Smuggling"],
  withdrawn: { date: "2026-11-27T10:00:00", reason: "The walker has been found safe." },
};
const kept: FixtureRelease = { title: "Smuggling route closed", date: "2026-11-10", crime_areas: ["Smuggling"] };

describe("a corrected, a withdrawn and a moved release in one production build", () => {
  let site: FixtureSite;
  const read = (file: string) => readFileSync(path.join(site.outDir, file), "utf8");
  const correctedPage = "news/2026/11/harbour-arrests-corrected/index.html";
  const withdrawnPage = "news/2026/11/missing-walker-appeal/index.html";

  before(async () => {
    site = makeFixtureSite({ redirects: [{ from: "/media-press/contact", to: "/" }] }, { "corrected.md": corrected, "withdrawn.md": withdrawn, "kept.md": kept });
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime });
  });
  after(() => rm(site.root, { recursive: true, force: true }));

  test("the release page shows its time of day, and the updates newest first near the top", () => {
    const page = read(correctedPage);
    assert.match(page, /Published <time datetime="2026-11-20T14:30:00.000\+01:00">20 November 2026, 14:30 (CET|GMT\+1)<\/time>/);
    const updates = /<section class="release__updates"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    assert.match(updates, /<h2 id="updates-heading">Updates to this release<\/h2>/);
    const notes = [...updates.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time><span class="updates-list__note">([^<]+)</g)].map((m) => [m[2], m[3]]);
    assert.deepEqual(notes, [
      [DateTime.fromISO("2026-11-25T09:05:00", { zone: "Europe/Amsterdam" }).setLocale("en").toFormat("d LLLL yyyy, HH:mm ZZZZ"), "Added the court date."],
      ["21 November 2026", "Corrected the number of arrests from 4 to 5."],
    ]);
    assert.ok(page.indexOf("release__updates") < page.indexOf("release__body"), "the updates come before the text");
  });

  test("the latest change is the modified date on the page, in structured data, the feed and the sitemap", () => {
    const latest = "2026-11-25T09:05:00.000+01:00";
    const page = read(correctedPage);
    assert.match(page, /<meta property="article:modified_time" content="2026-11-25T09:05:00.000\+01:00">/);
    assert.match(page, new RegExp(`"dateModified":"${latest.replace(/[.+]/g, "\\$&")}"`));
    assert.match(page, /, updated <time datetime="2026-11-25T09:05:00.000\+01:00">25 November 2026<\/time>/);
    const entry = /<entry>[\s\S]*?Harbour arrests corrected[\s\S]*?<\/entry>/.exec(read("feed.xml"))?.[0] ?? "";
    assert.match(entry, /<updated>2026-11-25T08:05:00.000Z<\/updated>/);
    assert.match(read("sitemap.xml"), /harbour-arrests-corrected\/<\/loc>\s*<lastmod>2026-11-25T09:05:00.000\+01:00<\/lastmod>/);
  });

  test("a withdrawn release keeps its page, with the notice above the headline, and its sitemap entry", () => {
    const page = read(withdrawnPage);
    const notice = page.indexOf("withdrawn-notice");
    assert.ok(notice > 0 && notice < page.indexOf("<h1"), "the notice is above the headline");
    assert.match(page, /This release was withdrawn on <time datetime="2026-11-27T10:00:00.000\+01:00">27 November 2026, 10:00 (CET|GMT\+1)<\/time>\.<\/p>\n<p class="withdrawn-notice__reason">The walker has been found safe\.<\/p>/);
    assert.match(page, /<title>\[Withdrawn\] Missing walker appeal \| Fixture Newsroom<\/title>/);
    assert.doesNotMatch(page, /data-pagefind-body/);
    assert.doesNotMatch(page, /noindex/);
    assert.match(read("sitemap.xml"), /missing-walker-appeal/);
  });

  test("a withdrawn release leaves the lists, counts, feeds, news sitemap and related releases", () => {
    for (const file of ["index.html", "news/index.html", "news/2026/11/index.html", "crime-areas/smuggling/index.html", "feed.xml", "feed.json", "crime-areas/smuggling/feed.xml", "news-sitemap.xml", correctedPage]) {
      assert.doesNotMatch(read(file), /Missing walker appeal|missing-walker-appeal/, `${file} leaves it out`);
    }
    assert.match(read("crime-areas/index.html"), /Smuggling[\s\S]{0,200}?2 releases/);
    // It was the only news item: no type page, and its page names the type without a dead link.
    assert.throws(() => read("types/news/index.html"));
    assert.match(read(withdrawnPage), /<p class="release__type"[^>]*>News<\/p>/);
  });

  test("every old address redirects to the release, and only releases that are out have them", () => {
    const rules = read("_redirects");
    assert.match(rules, /^\/media-press\/newsroom\/news\/harbour-arrests \/news\/2026\/11\/harbour-arrests-corrected\/ 301$/m);
    assert.match(rules, /^\/news\/harbour-arrests \/news\/2026\/11\/harbour-arrests-corrected\/ 301$/m);
    assert.match(rules, /^\/media-press\/contact \/ 301$/m);
    const alias = read("media-press/newsroom/news/harbour-arrests/index.html");
    assert.match(alias, /<meta http-equiv="refresh" content="0; url=\/news\/2026\/11\/harbour-arrests-corrected\/">/);
    assert.match(alias, /<link rel="canonical" href="https:\/\/fixture.example\/news\/2026\/11\/harbour-arrests-corrected\/">/);
    assert.match(alias, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(read("sitemap.xml"), /media-press/);
  });
});

describe("lifecycle mistakes are refused with file, line, field and the fix", () => {
  const problems = (site: FixtureSite) =>
    validateSite({ contentDir: site.contentDir, publicDir: path.join(site.root, "public"), buildTime: DateTime.fromISO(buildTime) }).problems.map(formatProblem);

  test("a change or a withdrawal before the release or after the build", async () => {
    const site = makeFixtureSite({}, {
      "early.md": { ...kept, changes: [{ date: "2026-11-09", note: "Too early." }] },
      "late.md": { ...withoutAliases(corrected), changes: [{ date: "2026-12-02", note: "Not yet." }] },
      "pulled.md": { ...withdrawn, withdrawn: { date: "2026-11-25", reason: "Before it was out." } },
      "noreason.md": { ...kept, title: "No reason", withdrawn: { date: "2026-11-20" } },
    });
    try {
      const found = problems(site);
      assert.ok(found.some((p) => /early\.md:7: changes\[1\]\.date: 2026-11-09 is before the release date 2026-11-10/.test(p)), found.join("\n"));
      assert.ok(found.some((p) => /late\.md:7: changes\[1\]\.date: 2026-12-02 is after this build \(2026-12-01 12:00 /.test(p)), found.join("\n"));
      assert.ok(found.some((p) => /pulled\.md:8: withdrawn\.date: 2026-11-25 is before the release date/.test(p)), found.join("\n"));
      assert.ok(found.some((p) => /noreason\.md:\d+: withdrawn\.reason: is required; add a reason readers see/.test(p)), found.join("\n"));
    } finally {
      await rm(site.root, { recursive: true, force: true });
    }
  });

  test("an old address that is a page, or another release's old address, names both files", async () => {
    const site = makeFixtureSite({ redirects: [{ from: "/old/harbour", to: "/news/" }] }, {
      "a.md": { ...kept, aliases: ["/old/harbour", "/news/2026/11/missing-walker-appeal/", "/news/2026/11"] },
      "b.md": { ...withdrawn, aliases: ["/old/harbour/"] },
      "c.md": { ...corrected, aliases: ["/legacy?id=5", "press/old"] },
    });
    try {
      const found = problems(site);
      const expected = [
        /a\.md: aliases: \/old\/harbour already redirects to \/news\/ \(declared in .*site\.json\)/,
        /b\.md: aliases: \/old\/harbour already redirects to \/news\/ \(declared in .*site\.json\)/,
        /a\.md: aliases: \/news\/2026\/11\/missing-walker-appeal is also a page of the site \(.*b\.md\)/,
        /a\.md: aliases: \/news\/2026\/11 is also a page of the site \(the list page \/news\/2026\/11\/\)/,
        /c\.md:\d+: aliases\[1\]: "\/legacy\?id=5" has a query string/,
        /c\.md:\d+: aliases\[2\]: "press\/old" must be a path from the site root/,
      ];
      for (const pattern of expected) assert.ok(found.some((p) => pattern.test(p)), `${pattern} in\n${found.join("\n")}`);
    } finally {
      await rm(site.root, { recursive: true, force: true });
    }
  });
});

function withoutAliases(release: FixtureRelease): FixtureRelease {
  const { aliases: _, ...rest } = release;
  return rest as FixtureRelease;
}
