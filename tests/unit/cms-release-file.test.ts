import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { parseSiteConfig } from "../../lib/config/site-config.ts";
import { fileNameKey, fileYearKey } from "../../lib/cms/client/file-name.ts";
import { readReleaseFile, sourceKey, writeReleaseFile, type FieldOrder } from "../../lib/cms/client/release-file.ts";
import { releaseFields } from "../../lib/cms/release-fields.ts";
import { parseRelease } from "../../lib/content/parse-release.ts";
import { createMarkdown } from "../../lib/markdown/create-markdown.ts";
import { newRelease } from "../../lib/tools/new-release.ts";
import { fixtureConfig } from "../support/fixture-site.ts";

const config = parseSiteConfig(
  { ...fixtureConfig, contacts: [{ key: "press-office", name: "Press office", default: true }] },
  "site.json",
);
const order: FieldOrder[] = releaseFields(config).map((f) => ({ name: f.name, ...(f.fields ? { fields: f.fields.map((inner) => inner.name) } : {}) }));
const now = DateTime.fromISO("2026-12-01T16:58:41Z");

/** What the CMS does on save: read the file, let the editor change `edit`, write it back. */
function saved(text: string, edit: (data: Record<string, unknown>) => void = () => undefined): string {
  const data = structuredClone(readReleaseFile(text));
  edit(data);
  return writeReleaseFile(data, order);
}

/** The lines that differ between two texts of equal line count, or every line when counts differ. */
function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length !== b.length) return b;
  return b.filter((line, i) => line !== a[i]);
}

function problems(file: string, text: string) {
  return parseRelease(file, text, config, createMarkdown(config.markdown), now.plus({ years: 1 })).problems.filter((p) => p.severity === "error");
}

const sample = `---
title: "Crypto-investment scam: 14 victims lost a total of 2.1 million euros"
date: 2025-01-23T10:30:00
type: press-release
summary: Two men have been arrested.
crime_areas:
  - Cyber-crime & fraud
  - Money laundering
aliases:
  - /media-press/newsroom/news/crypto-scam-14-victims
changes:
  - date: 2025-01-23T15:10:00
    note: Corrected the combined loss.
---

Detectives arrested two men.

## How to recognise investment fraud

- Promises of high returns.
`;

test("a file read and written without an edit is the same file, byte for byte", () => {
  assert.equal(saved(sample), sample);
  const windows = `\uFEFF${sample.replace(/\n/g, "\r\n")}`;
  assert.equal(saved(windows), windows, "byte-order mark and Windows line endings stay");
  const template = newRelease({ title: "Open day" }, config, now).text;
  assert.equal(saved(template), template, "npm run new's hints stay");
});

test("changing one field changes its line only: key order (aliases before changes here), quoting and body stay", () => {
  const after = saved(sample, (data) => (data["summary"] = "Two men were arrested on Tuesday."));
  assert.deepEqual(changedLines(sample, after), ["summary: Two men were arrested on Tuesday."]);
  const retitled = saved(sample, (data) => (data["title"] = "Scam: 14 victims"));
  assert.deepEqual(changedLines(sample, retitled), ['title: "Scam: 14 victims"'], "YAML quotes a value with a colon");
});

test("a key switched on in the form takes the place of npm run new's commented hint", () => {
  const template = newRelease({ title: "Open day" }, config, now).text;
  const after = saved(template, (data) => {
    data["summary"] = "Doors open at ten.";
    data["aliases"] = ["/old/open-day"];
    delete data["draft"];
  });
  assert.match(after, /^type: press-release .*\nsummary: Doors open at ten\.\n/m);
  assert.match(after, /^aliases:\n {2}- \/old\/open-day\n---\n/m);
  assert.doesNotMatch(after, /# summary:|# aliases:|#   - \/news/);
  assert.match(after, /^# source_url: /m, "other hints stay");
  assert.match(after, /^draft: true/m, "a key the form did not touch stays, even when Decap leaves it out");
});

test("a new key without a hint follows the key before it in form order; an emptied one goes", () => {
  const after = saved(sample, (data) => {
    data["source_url"] = "https://example.org/original";
    data["summary"] = "";
  });
  assert.doesNotMatch(after, /summary:/);
  assert.match(after, /Money laundering\nsource_url: https:\/\/example\.org\/original\naliases:/);
  const cleared = saved(sample, (data) => (data["crime_areas"] = []));
  assert.doesNotMatch(cleared, /crime_areas/);
});

test("a new release: filled-in keys in form order, nothing empty, the CMS's own keys left out; npm run check accepts it", () => {
  const data: Record<string, unknown> = {
    body: "Customs officers found the drugs.",
    crime_areas: ["Drug trafficking", ""],
    type: "news",
    title: "Port seizure: 40 kg",
    date: "2026-11-20T09:30",
    summary: "",
    target_groups: [],
    withdrawn: { date: "", reason: "" },
    changes: [{ note: "Corrected the weight.", date: "2026-11-20T15:00" }],
    image: null,
    draft: false,
    [fileYearKey]: "2026",
    [fileNameKey]: "2026-11-20-port-seizure-40-kg",
  };
  const text = writeReleaseFile(data, order);
  assert.equal(
    text,
    [
      "---",
      'title: "Port seizure: 40 kg"',
      "date: 2026-11-20T09:30",
      "type: news",
      "crime_areas:",
      "  - Drug trafficking",
      "draft: false",
      "changes:",
      "  - date: 2026-11-20T15:00",
      "    note: Corrected the weight.",
      "---",
      "Customs officers found the drugs.",
      "",
    ].join("\n"),
  );
  assert.deepEqual(problems("releases/2026/2026-11-20-port-seizure-40-kg.md", text), []);
  const read = readReleaseFile(text);
  assert.equal(read["date"], "2026-11-20T09:30", "dates stay text, read as the build reads them");
  assert.ok(read[sourceKey]);
});

test("what the form writes from an existing release passes npm run check", () => {
  const after = saved(sample, (data) => {
    data["withdrawn"] = { reason: "Replaced by a later release.", date: "2025-02-01T10:00" };
    data["changes"] = [...(data["changes"] as unknown[]), { date: "2025-01-28", note: "Added advice." }];
  });
  assert.match(after, /withdrawn:\n {2}date: 2025-02-01T10:00\n {2}reason: Replaced by a later release\.\n/);
  assert.deepEqual(problems("releases/2025/x.md", after), []);
});

test("a file that is not front matter and Markdown is refused with a message, not guessed at", () => {
  assert.throws(() => readReleaseFile("---\n- a list\n---\nbody"), /not a set of key: value lines/);
});
