import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Release } from "../../lib/model/release.ts";
import { buildRelatedReleases } from "../../lib/related/related-releases.ts";
import { buildTermIndex } from "../../lib/taxonomy/term-index.ts";
import { makeReleases, testConfig, type ReleaseSpec } from "../support/release-factory.ts";
import { syntheticReleases, syntheticSpecs } from "../support/synthetic-releases.ts";

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

  test("ranks by shared terms (merged spellings count), then nearest in time, up to five, never itself", () => {
    assert.deepEqual(related(me).map((r) => r.title), [
      "three shared, old",
      "two shared, newer",
      "two shared, older",
      "one shared, newer",
      "one shared, newest",
    ]);
  });

  test("a release with no terms, or none shared, has none", () => {
    assert.deepEqual(related(releases.find((r) => r.title === "nothing shared")!).map((r) => r.title), ["two shared, older"]);
    const lonely = makeReleases([{ title: "x", date: "2015-01-01" }, { title: "y", date: "2015-01-02", terms: { crime_areas: ["Arson"] } }]);
    assert.deepEqual(relatedOf(lonely)(lonely[0]!), []);
  });
});

/** The definition, by brute force: a candidate scores one for each of the release's terms in whose window it is. */
function bruteForce(releases: readonly Release[], release: Release, reach: number): string[] {
  const keys = new Map(releases.map((r) => [r, new Set(Object.entries(r.terms).flatMap(([k, terms]) => terms.map((t) => `${k}:${t}`)))]));
  const score = new Map<Release, number>();
  for (const key of keys.get(release)!) {
    const list = releases.filter((r) => keys.get(r)!.has(key));
    const at = list.indexOf(release);
    for (const other of list.slice(Math.max(0, at - reach), at + reach + 1)) if (other !== release) score.set(other, (score.get(other) ?? 0) + 1);
  }
  return [...score]
    .map(([other, shared]) => ({ other, position: releases.indexOf(other), shared, distance: Math.abs(other.timestamp - release.timestamp) }))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.position - b.position)
    .slice(0, 5)
    .map((c) => c.other.title);
}

describe("the windowed scan", () => {
  for (const reach of [3, 25, Infinity]) {
    test(`gives exactly the brute-force answer (reach ${reach})`, () => {
      const releases = syntheticReleases(1500, 7);
      const related = relatedOf(releases, { reach });
      for (const release of releases.filter((_, i) => i % 7 === 0)) {
        assert.deepEqual(related(release).map((r) => r.title), bruteForce(releases, release, reach), release.title);
      }
    });
  }

  test("a release sharing a rare term and near in a common one comes first; one far off in the common term's list gets no credit for it", () => {
    const specs: ReleaseSpec[] = [{ title: "me", date: "2015-01-01", terms: { crime_areas: ["Rare", "Common"] } }];
    for (let i = 0; i < 50; i++) specs.push({ title: `common ${i}`, date: `2016-01-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00:00`, terms: { crime_areas: ["Common"] } });
    specs.push({ title: "rare and common, old", date: "2001-01-01", terms: { crime_areas: ["Rare", "Common"] } });
    for (let i = 0; i < 5; i++) specs.push({ title: `common, 2000 ${i}`, date: `2000-0${i + 1}-01`, terms: { crime_areas: ["Common"] } });
    specs.push({ title: "rare and common, far", date: "1990-01-01", terms: { crime_areas: ["Rare", "Common"] } });
    const releases = makeReleases(specs);
    const related = relatedOf(releases, { reach: 3 })(releases.find((r) => r.title === "me")!).map((r) => r.title);
    // "old" is within three of it in both lists; "far" only in Rare's, which is read whole.
    assert.equal(related[0], "rare and common, old");
    assert.ok(!related.includes("rare and common, far"), related.join(", "));
    assert.ok(relatedOf(releases, { reach: Infinity })(releases.find((r) => r.title === "me")!).map((r) => r.title).includes("rare and common, far"));
  });

  test("a release added at the top changes the answers of only the releases within reach of it in its terms' lists", () => {
    const reach = 10;
    const specs = syntheticSpecs(1500, 5);
    const before = makeReleases(specs);
    const after = makeReleases([...specs, { title: "Breaking", date: "2001-06-01T12:00:00Z", terms: { crime_areas: ["Term 0", "Term 1"], target_groups: ["Term 0"] } }]);
    const breaking = after.find((r) => r.title === "Breaking")!;
    const answer = (releases: readonly Release[]) => {
      const related = relatedOf(releases, { reach });
      return new Map(releases.map((r) => [r.title, related(r).map((x) => x.title).join("|")]));
    };
    const was = answer(before);
    const now = answer(after);
    const changed = before.filter((r) => was.get(r.title) !== now.get(r.title)).map((r) => r.title);
    const terms = buildTermIndex(after, config).taxonomies.flatMap((t) => t.terms).filter((t) => t.releases.includes(breaking));
    const near = new Set(terms.flatMap((t) => t.releases.slice(0, reach + 1)).map((r) => r.title));
    assert.ok(changed.length > 0, "some answers change");
    assert.deepEqual(changed.filter((title) => !near.has(title)), []);
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
