import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { feedEntry, feedSize, renderFeedFile, siteFeedFiles } from "../../lib/feeds/site-feeds.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { makeRelease, testConfig } from "../support/release-factory.ts";

const releases = Array.from({ length: 60 }, (_, i) =>
  makeRelease({ title: `Release ${i}`, date: DateTime.fromISO("2026-01-01").plus({ days: i }).toISODate()!, terms: { crime_areas: i % 2 ? ["Drugs"] : ["Burglary"] }, type: i < 2 ? "speech" : "press-release" }),
).reverse();
const site = new Newsroom(testConfig({ image: "/card.png" }), releases, "production", DateTime.fromISO("2026-06-01T12:00:00+02:00"));

test("the build writes the newsroom's Atom and JSON Feed and one Atom feed per term and type with releases", () => {
  assert.deepEqual(siteFeedFiles(site).map((f) => `${f.format} ${f.path} ${f.releases.length}`), [
    "atom /feed.xml 60",
    "json /feed.json 60",
    "atom /crime-areas/burglary/feed.xml 30",
    "atom /crime-areas/drugs/feed.xml 30",
    "atom /types/press-release/feed.xml 58",
    "atom /types/speech/feed.xml 2",
  ]);
});

test(`each feed carries the latest ${feedSize} releases, newest first`, () => {
  const atom = renderFeedFile(site, siteFeedFiles(site)[0]!);
  const ids = [...atom.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]).slice(1);
  assert.equal(ids.length, feedSize);
  assert.equal(ids[0], site.absoluteUrl(releases[0]!.url));
  assert.equal(ids.at(-1), site.absoluteUrl(releases[feedSize - 1]!.url));
});

test("an entry is built once per release and build, however many feeds carry it", () => {
  let rendered = 0;
  const counting = Object.create(site, { bodyHtml: { value: (r: typeof releases[number]) => (rendered++, site.bodyHtml(r)) } }) as Newsroom;
  for (const file of siteFeedFiles(counting)) renderFeedFile(counting, file);
  assert.equal(rendered, releases.length);
  assert.equal(feedEntry(counting, releases[0]!), feedEntry(counting, releases[0]!));
});

test("entries have the release URL as id, the site's terms as categories, and published/updated from the release", () => {
  const updated = { ...releases[3]!, updated: "2026-05-01T09:00:00.000+02:00" };
  const entry = feedEntry(new Newsroom(site.config, [updated], "production"), updated);
  assert.equal(entry.url, `https://fixture.example${updated.url}`);
  assert.deepEqual(entry.categories, [{ label: updated.terms["crime_areas"]![0], scheme: "https://fixture.example/crime-areas/" }]);
  assert.equal(entry.published, updated.date);
  assert.equal(entry.updated, "2026-05-01T09:00:00.000+02:00");
});
