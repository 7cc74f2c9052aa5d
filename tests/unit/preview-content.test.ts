import assert from "node:assert/strict";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { DateTime } from "luxon";
import { validateSite } from "../../lib/build/validate-site.ts";
import { IncrementalContent } from "../../lib/preview/incremental-content.ts";
import { fixtureConfig, makeFixtureSite } from "../support/fixture-site.ts";

// The preview's incremental validation must say exactly what `npm run check` and the
// build say (validateSite), after every kind of change, while reading only what changed.

const site = makeFixtureSite({ redirects: [{ from: "/media-press/contact", to: "/" }] }, {
  "2025/harbour.md": { title: "Harbour patrol finds stolen boats", date: "2025-03-01", crime_areas: ["Theft"] },
  "2025/ferry.md": { title: "Ferry terminal reopens", date: "2025-02-01", crime_areas: ["theft"], aliases: ["/old/ferry"] },
  "2024/speech.md": { title: "Chief's speech", date: "2024-05-01", type: "speech", draft: true },
});
const publicDir = path.join(site.root, "public");
mkdirSync(publicDir);
writeFileSync(path.join(publicDir, "style.css"), "body{}");
after(() => rmSync(site.root, { recursive: true, force: true }));

const sources = { contentDir: site.contentDir, publicDir };
const incremental = new IncrementalContent(sources);
const at = (iso: string) => DateTime.fromISO(iso, { zone: "Europe/Amsterdam" });
let buildTime = at("2026-12-01T12:00:00");

/**
 * Lets the files written so far settle: a file read within a clock step of its last write
 * is read again next time (incremental-content.ts), which would blur the counts below.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

function sameAsValidateSite(what: string): number {
  const expected = validateSite({ ...sources, buildTime });
  const actual = incremental.load(buildTime);
  assert.deepEqual({ content: actual.content, problems: actual.problems }, expected, what);
  return actual.parsed;
}

test("the first load reads every file and matches the build's validation", async () => {
  await settle();
  assert.equal(sameAsValidateSite("first load"), 3);
  assert.equal(sameAsValidateSite("nothing changed"), 0, "an unchanged site is read from the cache");
});

test("an edit, a new file, a broken file and a removal each read only that file", async () => {
  site.write("2025/harbour.md", { title: "Harbour patrol recovers twelve stolen boats", date: "2025-03-01", crime_areas: ["Theft"] });
  await settle();
  assert.equal(sameAsValidateSite("an edited release"), 1);
  site.write("2025/new.md", { title: "A new release", date: "2025-04-01" });
  await settle();
  assert.equal(sameAsValidateSite("a new release"), 1);
  site.writeRaw("2025/new.md", "---\ntitle: A new release\ndate: 2025-13-01\n---\nBody.\n");
  await settle();
  assert.equal(sameAsValidateSite("a broken release"), 1);
  assert.equal(sameAsValidateSite("still broken"), 1, "a file with an error is checked again every time");
  rmSync(path.join(site.contentDir, "releases", "2025", "new.md"));
  assert.equal(sameAsValidateSite("a removed release"), 0);
});

test("a file read in the same clock step as its last write is read again next time", () => {
  site.write("2025/harbour.md", { title: "Harbour patrol recovers 12 stolen boats", date: "2025-03-01", crime_areas: ["Theft"] });
  assert.equal(sameAsValidateSite("read at once"), 1);
  // Same size, possibly the same time stamp: only reading it again can tell.
  site.write("2025/harbour.md", { title: "Harbour patrol recovers 13 stolen boats", date: "2025-03-01", crime_areas: ["Theft"] });
  assert.equal(sameAsValidateSite("written again at once"), 1);
});

test("problems found across files: the same URL twice, an alias on a page, bytes that are not UTF-8, a link out of public/", () => {
  site.write("2024/clash.md", { title: "Ferry terminal reopens", date: "2025-02-01" });
  site.write("2024/alias.md", { title: "Alias on a page", date: "2024-01-01", aliases: ["/news/"] });
  site.writeRaw("2024/bytes.md", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
  symlinkSync("/etc/hostname", path.join(publicDir, "leak.txt"));
  const expected = validateSite({ ...sources, buildTime });
  const fields = expected.problems.map((p) => p.field);
  for (const field of ["slug", "aliases", "encoding", "public"]) assert.ok(fields.includes(field), `the fixture has a ${field} problem: ${fields.join(", ")}`);
  sameAsValidateSite("problems across files");
  for (const file of ["clash.md", "alias.md", "bytes.md"]) rmSync(path.join(site.contentDir, "releases", "2024", file));
  rmSync(path.join(publicDir, "leak.txt"));
  sameAsValidateSite("problems fixed");
});

test("a change dated after the build time is refused, and accepted once the clock has passed it", async () => {
  site.write("2025/harbour.md", {
    title: "Harbour patrol recovers twelve stolen boats",
    date: "2025-03-01",
    changes: [{ date: "2026-12-01T13:00:00", note: "Corrected the number of boats." }],
  });
  await settle();
  sameAsValidateSite("a change an hour ahead");
  buildTime = at("2026-12-01T14:00:00");
  assert.equal(sameAsValidateSite("the hour has passed"), 1);
});

test("a changed site.json reads every file again", async () => {
  writeFileSync(path.join(site.contentDir, "site.json"), JSON.stringify({ ...fixtureConfig, pageSize: 2, redirects: [{ from: "/media-press/contact", to: "/" }] }));
  await settle();
  assert.equal(sameAsValidateSite("a new page size"), 3);
});
