import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Release } from "../../lib/model/release.ts";
import { buildRelatedReleases } from "../../lib/related/related-releases.ts";
import { buildTermIndex } from "../../lib/taxonomy/term-index.ts";
import { makeReleases, testConfig, type ReleaseSpec } from "../support/release-factory.ts";
import { syntheticReleases } from "../support/synthetic-releases.ts";

const config = testConfig();
function relatedOf(releases: readonly Release[], options = {}) {
  const terms = buildTermIndex(releases, config).taxonomies.flatMap((t) => t.terms);
  return buildRelatedReleases(releases, terms, options);
}

describe("related releases", () => {
  const releases = makeReleases([
    { title: "me", date: "2015-06-01", terms: { crime_areas: ["Drugs", "Port"], target_groups: ["Press"] } },
    { title: "three shared, old", date: "2010-01-01", terms: { crime_areas: ["Drugs", "port"], target_groups: ["Press"] } },
    { title: "two shared, newer", date: "2015-03-01", terms: { crime_areas: ["Drugs"], target_groups: ["Press"] } },
    { title: "two shared, older", date: "2012-03-01", terms: { crime_areas: ["Port", "Arson"], target_groups: ["Press"] } },
    { title: "one shared, newest", date: "2016-01-01", terms: { crime_areas: ["Drugs"] } },
    { title: "one shared, newer", date: "2015-12-01", terms: { target_groups: ["Press"] } },
    { title: "one shared, oldest", date: "2001-01-01", terms: { crime_areas: ["Port"] } },
    { title: "nothing shared", date: "2017-01-01", terms: { crime_areas: ["Arson"] } },
  ]);
  const related = relatedOf(releases);
  const me = releases.find((r) => r.title === "me")!;

  test("ranks by shared terms (merged spellings count), then newest first, up to five, never itself", () => {
    assert.deepEqual(related(me).map((r) => r.title), [
      "three shared, old",
      "two shared, newer",
      "two shared, older",
      "one shared, newest",
      "one shared, newer",
    ]);
  });

  test("a release with no terms, or none shared, has none", () => {
    assert.deepEqual(related(releases.find((r) => r.title === "nothing shared")!).map((r) => r.title), ["two shared, older"]);
    const lonely = makeReleases([{ title: "x", date: "2015-01-01" }, { title: "y", date: "2015-01-02", terms: { crime_areas: ["Arson"] } }]);
    assert.deepEqual(relatedOf(lonely)(lonely[0]!), []);
  });
});

/** The definition, by brute force over all pairs. */
function bruteForce(releases: readonly Release[], release: Release): string[] {
  const mine = new Set(Object.entries(release.terms).flatMap(([k, terms]) => terms.map((t) => `${k}:${t}`)));
  return releases
    .map((other, position) => ({ other, position, score: Object.entries(other.terms).flatMap(([k, terms]) => terms.map((t) => `${k}:${t}`)).filter((t) => mine.has(t)).length }))
    .filter((c) => c.other !== release && c.score > 0)
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, 5)
    .map((c) => c.other.title);
}

describe("the early-stopping scan", () => {
  test("gives exactly the brute-force answer when the budget is not reached", () => {
    const releases = syntheticReleases(1500, 7);
    const related = relatedOf(releases, { maxVisits: Infinity });
    for (const release of releases.filter((_, i) => i % 7 === 0)) {
      assert.deepEqual(related(release).map((r) => r.title), bruteForce(releases, release), release.title);
    }
  });

  test("under a tight budget still finds the releases sharing the rarest term first", () => {
    const specs: ReleaseSpec[] = [{ title: "me", date: "2015-01-01", terms: { crime_areas: ["Rare", "Common"] } }];
    for (let i = 0; i < 50; i++) specs.push({ title: `common ${i}`, date: `2016-01-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00:00`, terms: { crime_areas: ["Common"] } });
    specs.push({ title: "rare and common, old", date: "2001-01-01", terms: { crime_areas: ["Rare", "Common"] } });
    const releases = makeReleases(specs);
    const related = relatedOf(releases, { maxVisits: 3 });
    assert.equal(related(releases.find((r) => r.title === "me")!)[0]?.title, "rare and common, old");
  });

  test("handles 50,000 releases in well under a second per thousand pages", () => {
    const releases = syntheticReleases(50_000, 11);
    const started = performance.now();
    const related = relatedOf(releases);
    const indexed = performance.now();
    for (const release of releases) related(release);
    const seconds = (performance.now() - started) / 1000;
    console.log(`# related: index ${((indexed - started) / 1000).toFixed(2)} s, 50,000 lookups and index ${seconds.toFixed(2)} s`);
    assert.ok(seconds < 20, `took ${seconds} s`);
  });
});
