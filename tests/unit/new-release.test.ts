import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { parseSiteConfig } from "../../lib/config/site-config.ts";
import { parseRelease } from "../../lib/content/parse-release.ts";
import { ConfigError } from "../../lib/errors.ts";
import { createMarkdown } from "../../lib/markdown/create-markdown.ts";
import { newRelease } from "../../lib/tools/new-release.ts";
import { fixtureConfig } from "../support/fixture-site.ts";

const config = parseSiteConfig(
  {
    ...fixtureConfig,
    taxonomies: [...fixtureConfig.taxonomies, { key: "regions", label: "Regions", slug: "regions", terms: ["North", "South", "East", "West", "Islands"] }],
  },
  "site.json",
);
// 1 December 2026, 17:58:41 in Amsterdam (16:58:41 UTC).
const now = DateTime.fromISO("2026-12-01T16:58:41.5Z");
const md = createMarkdown(config.markdown);

/** What `npm run check` says about the text, as the file `file`. */
function check(file: string, text: string, buildTime = now.plus({ minutes: 1 })) {
  return parseRelease(file, text, config, md, buildTime);
}

test("a new release is named by its day in the site zone and its title's slug", () => {
  const release = newRelease({ title: "Port of Havenmark: 40 kg of cocaine found" }, config, now);
  assert.equal(release.file, "releases/2026/2026-12-01-port-of-havenmark-40-kg-of-cocaine-found.md");
  assert.equal(release.otherForm, "releases/2026/2026-12-01-port-of-havenmark-40-kg-of-cocaine-found/index.md");
});

test("--bundle writes the release as a folder's index.md", () => {
  const release = newRelease({ title: "Open day", bundle: true }, config, now);
  assert.equal(release.file, "releases/2026/2026-12-01-open-day/index.md");
  assert.equal(release.otherForm, "releases/2026/2026-12-01-open-day.md");
});

test("the default date is now in the site zone, to the minute, with its offset", () => {
  const { text } = newRelease({ title: "Open day" }, config, now);
  assert.match(text, /^date: 2026-12-01T17:58\+01:00 /m);
  // Just after midnight in Amsterdam is still the previous day in UTC: the file takes Amsterdam's day.
  const late = newRelease({ title: "Open day" }, config, DateTime.fromISO("2026-12-31T23:30Z"));
  assert.equal(late.file, "releases/2027/2027-01-01-open-day.md");
});

test("a given date is written as typed and names the file by its day in the site zone", () => {
  const plain = newRelease({ title: "Open day", date: "2026-12-03" }, config, now);
  assert.match(plain.text, /^date: 2026-12-03 /m);
  const offset = newRelease({ title: "Open day", date: "2026-12-03T23:30:00-05:00" }, config, now);
  assert.equal(offset.file, "releases/2026/2026-12-04-open-day.md");
});

test("a bad date is refused in words, a clock change is a warning", () => {
  assert.throws(() => newRelease({ title: "Open day", date: "2026-11-31" }, config, now), (error: Error) =>
    error instanceof ConfigError && /^--date: 2026-11-31: November has 30 days; check the day\. .*2026-12-03T09:00/.test(error.message));
  assert.throws(() => newRelease({ title: "Open day", date: "3 December" }, config, now), ConfigError);
  const skipped = newRelease({ title: "Open day", date: "2026-03-29T02:30" }, config, now);
  assert.match(skipped.warning ?? "", /does not exist in Europe\/Amsterdam/);
});

test("an unknown type is refused with the configured types and a suggestion", () => {
  assert.throws(() => newRelease({ title: "Open day", type: "speach" }, config, now), (error: Error) =>
    error instanceof ConfigError && error.message.includes("press-release, news, speech, statement") && error.message.includes('Did you mean "speech"?'));
  assert.match(newRelease({ title: "Open day", type: "speech" }, config, now).text, /^type: speech /m);
  assert.match(newRelease({ title: "Open day" }, config, now).text, /^type: press-release /m);
});

test("a missing, blank or slug-less title is refused", () => {
  for (const title of [undefined, "", "  \n "]) {
    assert.throws(() => newRelease({ title }, config, now), /needs a title/);
  }
  assert.throws(() => newRelease({ title: "🚓 🚓" }, config, now), /no letters or digits/);
});

test("the new file passes the check and reads back the same title, date and type", () => {
  const titles = ['Police say: "stay home" tonight', "# 1 priority: burglary", "It's 50% off — 'no' & yes", "true", "2026-12-01", "- dash [x] {y}", "Tab\there"];
  for (const title of titles) {
    const { file, text } = newRelease({ title, type: "news" }, config, now);
    const result = check(file, text);
    assert.deepEqual(result.problems, [], `${title}\n${text}`);
    assert.equal(result.release?.title, title.replace(/\s+/g, " "));
    assert.equal(result.release?.type, "news");
    assert.equal(result.release?.date, "2026-12-01T17:58:00.000+01:00");
    assert.equal(result.release?.draft, true);
  }
});

test("every key an editor may need is there: taxonomies as empty lists, the rest commented", () => {
  const { text } = newRelease({ title: "Open day" }, config, now);
  for (const key of ["crime_areas: []", "target_groups: []", "regions: []  # Regions: North, South, East, West, …", "draft: true"]) {
    assert.ok(text.split("\n").some((line) => line.startsWith(key)), key);
  }
  for (const key of ["summary", "source_url", "author", "slug", "changes", "withdrawn", "aliases"]) {
    assert.match(text, new RegExp(`^# ${key}:`, "m"), key);
  }
  assert.match(text, /^---\n[\s\S]*\n---\nReplace this paragraph/);
});

test("each commented key passes the check once its leading '# ' is removed", () => {
  const { file, text } = newRelease({ title: "Open day", date: "2026-11-20T10:00" }, config, now);
  // Every commented line but the hint above the taxonomies.
  const uncommented = text.replace(/^# (?!Terms:)/gm, "");
  for (const key of ["summary", "source_url", "slug", "changes", "withdrawn", "aliases"]) assert.match(uncommented, new RegExp(`^${key}:`, "m"), key);
  const result = check(file, uncommented);
  assert.deepEqual(result.problems.filter((p) => p.severity === "error"), []);
  assert.equal(result.release?.slug, "short-url-name");
  assert.equal(result.release?.aliases.length, 1);
  assert.equal(result.release?.changes.length, 1);
  assert.ok(result.release?.withdrawn);
  assert.equal(result.release?.author.length, 2);
});

test("with contacts in site.json, a commented contacts line names their keys and passes the check uncommented (issue #11)", () => {
  const withContacts = { ...config, contacts: [{ key: "press-office", name: "Press office", default: true }, { key: "cyber-duty", name: "Duty officer" }] };
  const { file, text } = newRelease({ title: "Open day", date: "2026-11-20T10:00" }, withContacts, now);
  assert.match(text, /^# contacts: \[press-office\]  # media contacts shown instead of the press office: press-office, cyber-duty$/m);
  assert.doesNotMatch(newRelease({ title: "Open day" }, config, now).text, /contacts:/);
  const result = parseRelease(file, text.replace(/^# (?!Terms:)/gm, ""), withContacts, createMarkdown({ allowHtml: false }), now);
  assert.deepEqual(result.problems.filter((p) => p.severity === "error"), []);
  assert.deepEqual(result.release?.contacts, ["press-office"]);
});
