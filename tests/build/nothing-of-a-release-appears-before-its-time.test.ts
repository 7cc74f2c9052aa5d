import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { buildSite } from "../../lib/build/build-site.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";

const buildTime = "2026-12-01T12:00:00+01:00";

/** Each hidden release carries its own made-up word in every field and a term only it uses. */
const hidden = {
  draft: { word: "zyxdraftword", release: { draft: true, date: "2026-11-20" } },
  scheduled: { word: "qwvscheduledword", release: { date: "2026-12-01T12:00:01+01:00" } },
  withdrawn: { word: "jkwithdrawnword", release: { date: "2026-11-02", withdrawn: { date: "2026-11-03", reason: "Replaced by a later release." } } },
};
/** The withdrawn release's page stays, at its URL, which sitemap.xml keeps (slugs carry title words). */
const withdrawnPage = "news/2026/11/title-jkwithdrawnword/index.html";

function fixture() {
  const site = makeFixtureSite({}, {
    "published.md": { title: "Harbour patrol results", date: "2026-11-30", crime_areas: ["Burglary"], body: "Published words only." },
    "at-build-time.md": { title: "Published exactly at the build time", date: buildTime, crime_areas: ["Burglary"] },
  });
  for (const [name, { word, release }] of Object.entries(hidden)) {
    site.write(`${name}.md`, {
      title: `Title ${word}`,
      ...release,
      summary: `Summary ${word}`,
      crime_areas: ["Burglary", `Term ${word}`],
      target_groups: [`Group ${word}`],
      body: `Body ${word}.`,
    });
  }
  return site;
}

/** Every file of the output as text; Pagefind's files are gzip with a text header. */
function outputTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const bytes = readFileSync(file);
        const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
        texts.set(path.relative(dir, file), unpacked.toString("utf8"));
      }
    }
  };
  walk(dir);
  return texts;
}

test("a production build holds no trace of a draft or a scheduled release, only a withdrawn release's own page, and says when to build again", async () => {
  const site = fixture();
  try {
    const result = await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime });
    const texts = outputTexts(site.outDir);
    assert.ok([...texts.keys()].some((file) => file.startsWith("pagefind/fragment/")), "the search index was read too");
    for (const [state, { word }] of Object.entries(hidden)) {
      const allowed = state === "withdrawn" ? [withdrawnPage, "sitemap.xml"] : [];
      for (const needle of [word, word.slice(0, 8)]) {
        const found = [...texts].filter(([, text]) => text.toLowerCase().includes(needle)).map(([file]) => file).sort();
        assert.deepEqual(found, allowed.sort(), `"${needle}" of the ${state} release is in ${found.join(", ")}`);
      }
    }
    // In sitemap.xml, only as the page's address; on the page, with the notice and everything else.
    assert.deepEqual(texts.get("sitemap.xml")!.match(/[^<>]*jkwithdrawnword[^<>]*/g), ["https://fixture.example/news/2026/11/title-jkwithdrawnword/"]);
    const page = texts.get(withdrawnPage)!;
    assert.match(page, /This release was withdrawn on <time datetime="2026-11-03T00:00:00.000\+01:00">3 November 2026<\/time>/);
    for (const field of ["Title", "Summary", "Body", "Term", "Group"]) assert.match(page, new RegExp(`${field} jkwithdrawnword`));
    // A publication dated exactly at the build time is out; the term count leaves the hidden ones out.
    assert.match(texts.get("index.html")!, /Published exactly at the build time/);
    assert.match(texts.get("crime-areas/index.html")!, /Burglary[\s\S]{0,200}?2 releases/);
    assert.ok(![...texts.keys()].some((file) => file.startsWith("news/2026/11/page/")) && !/jkwithdrawnword/.test(texts.get("news/2026/11/index.html") ?? ""), "the month list leaves it out");

    assert.equal(result.nextPublication?.file.endsWith("scheduled.md"), true);
    const record = JSON.parse(readFileSync(`${site.outDir}.builds/next-publication.json`, "utf8")) as { next: string };
    assert.equal(new Date(record.next).toISOString(), "2026-12-01T11:00:01.000Z");
    assert.ok(!texts.has("next-publication.json"), "the schedule is not published");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("the scheduled release publishes with the first build at or after its time", async () => {
  const site = fixture();
  try {
    const result = await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: "2026-12-01T12:00:01+01:00" });
    assert.match(readFileSync(path.join(site.outDir, "index.html"), "utf8"), /Title qwvscheduledword/);
    assert.equal(result.nextPublication, undefined);
    assert.deepEqual(JSON.parse(readFileSync(`${site.outDir}.builds/next-publication.json`, "utf8")), { next: null });
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("the preview shows a scheduled release with its publication time, away from crawlers and search", async () => {
  const site = fixture();
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, mode: "development" });
    const page = readFileSync(path.join(site.outDir, "news/2026/12/title-qwvscheduledword/index.html"), "utf8");
    assert.match(page, /<strong>Scheduled<\/strong>: publishes on <time datetime="2026-12-01T12:00:01.000\+01:00">1 December 2026, 12:00 (CET|GMT\+1)<\/time>/);
    assert.match(page, /<meta name="robots" content="noindex/);
    assert.doesNotMatch(page, /data-pagefind-body/);
    assert.doesNotMatch(readFileSync(path.join(site.outDir, "sitemap.xml"), "utf8"), /news\/2026\/12\/title-qwvscheduledword/);
    assert.match(readFileSync(path.join(site.outDir, "news/index.html"), "utf8"), /Title qwvscheduledword[\s\S]{0,400}?draft-flag">Scheduled</);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
