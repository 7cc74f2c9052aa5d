/**
 * An incremental build reuses the previous build's related releases where their inputs
 * are unchanged (lib/related/related-memory.ts); every answer must still be the one a
 * clean build computes, budget included, after each kind of change an editor makes.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Release } from "../../lib/model/release.ts";
import { relatedInputKeys, rememberingRelated, type RelatedMemory, type RememberedRelated } from "../../lib/related/related-memory.ts";
import { buildRelatedReleases, type RelatedOptions } from "../../lib/related/related-releases.ts";
import { buildTermIndex } from "../../lib/taxonomy/term-index.ts";
import { makeReleases, testConfig, type ReleaseSpec } from "../support/release-factory.ts";
import { syntheticSpecs } from "../support/synthetic-releases.ts";

const config = testConfig();

/** Every release's related URLs, answered from `memory` where it can be; and how many were computed. */
function answers(releases: readonly Release[], memory: RelatedMemory, options: RelatedOptions) {
  const terms = buildTermIndex(releases, config).taxonomies.flatMap((t) => t.terms);
  const byUrl = new Map(releases.map((r) => [r.url, r]));
  const compute = buildRelatedReleases(releases, terms, options);
  const found = new Map<string, RememberedRelated>();
  let computed = 0;
  const related = rememberingRelated((r) => (computed++, compute(r)), relatedInputKeys(releases, terms), memory, (url) => byUrl.get(url), found);
  return { related: new Map(releases.map((r) => [r.url, related(r).map((x) => x.url)])), found, computed };
}

const changes: Record<string, (specs: ReleaseSpec[]) => ReleaseSpec[]> = {
  // A corrected body or summary: the releases are made again, with nothing related releases read changed.
  "a correction": (specs) => specs.map((s) => ({ ...s })),
  "a new release, newest of all, with the most used terms": (specs) => [...specs, { title: "Breaking", date: "2001-06-01T12:00:00Z", terms: { crime_areas: ["Term 0", "Term 1"], target_groups: ["Term 0"] } }],
  "an old release removed": (specs) => specs.filter((_, i) => i !== 40),
  "a release moved later within its month, past others": (specs) => specs.map((s, i) => (i === 200 ? { ...s, date: new Date(Date.parse(s.date) + 3_600_000 * 26).toISOString() } : s)),
  "a release given other terms": (specs) => specs.map((s, i) => (i === 500 ? { ...s, terms: { crime_areas: ["Term 2", "Term 9"], target_groups: ["Term 1"] } } : s)),
  "a new rare term": (specs) => specs.map((s, i) => (i === 100 || i === 700 ? { ...s, terms: { ...s.terms, crime_areas: [...(s.terms?.crime_areas ?? []), "Aardvark"] } } : s)),
};

describe("related releases remembered between builds", () => {
  for (const [budget, options] of [["without a budget", { maxVisits: Infinity }], ["under a tight budget", { maxVisits: 30 }]] as const) {
    const before = makeReleases(syntheticSpecs(900, 3));
    const previous = answers(before, new Map(), options);

    for (const [change, apply] of Object.entries(changes)) {
      test(`${budget}: after ${change}, every answer equals a clean computation`, () => {
        const after = makeReleases(apply(syntheticSpecs(900, 3)));
        const clean = answers(after, new Map(), options);
        const remembered = answers(after, previous.found, options);
        assert.deepEqual(remembered.related, clean.related);
        // Only releases sharing a term with the change are computed again (below).
        assert.ok(remembered.computed < after.length, `${remembered.computed} of ${after.length} computed again`);
        if (change === "a correction") assert.equal(remembered.computed, 0);
      });
    }
  }

  test("a release whose related releases swap places in time is computed again, though no term's list changed order", () => {
    const options = { maxVisits: Infinity };
    const specs = (aDate: string): ReleaseSpec[] => [
      { title: "Me", date: "2020-01-01", terms: { crime_areas: ["A", "B"] } },
      { title: "Only A", date: aDate, terms: { crime_areas: ["A"] } },
      { title: "Only B", date: "2019-06-15", terms: { crime_areas: ["B"] } },
    ];
    const before = makeReleases(specs("2019-06-01"));
    const previous = answers(before, new Map(), options);
    const after = makeReleases(specs("2019-06-20"));
    const me = after.find((r) => r.title === "Me")!.url;
    assert.deepEqual(answers(after, previous.found, options).related.get(me), answers(after, new Map(), options).related.get(me));
    assert.notDeepEqual(previous.related.get(me), answers(after, new Map(), options).related.get(me));
  });

  test("a release sharing a term with a change is computed again", () => {
    const options = { maxVisits: Infinity };
    const before = makeReleases(syntheticSpecs(300, 5));
    const previous = answers(before, new Map(), options);
    const after = makeReleases([...syntheticSpecs(300, 5), { title: "Breaking", date: "2001-01-01T00:00:00Z", terms: { crime_areas: ["Term 0"] } }]);
    const remembered = answers(after, previous.found, options);
    const sharing = after.filter((r) => r.terms.crime_areas?.includes("Term 0")).length;
    assert.equal(remembered.computed, sharing);
  });
});
