/**
 * A list page's fingerprint (lib/build/incremental/fingerprints.ts) must change exactly
 * when its HTML does: a missed change leaves a stale page in an incremental build, and a
 * needless one renders a page again for nothing (it once made every page of every term of
 * a taxonomy render again when one term gained a release).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { siteFingerprints } from "../../lib/build/incremental/fingerprints.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { renderListPage } from "../../layouts/list-page.ts";
import { makeReleases, testConfig, type ReleaseSpec } from "../support/release-factory.ts";

const config = testConfig({ pageSize: 2 });

function listPages(specs: readonly ReleaseSpec[]) {
  const site = new Newsroom(config, makeReleases(specs), "production");
  const fingerprints = siteFingerprints(site);
  return new Map(site.listPages.map((page) => [page.path, { fingerprint: fingerprints.outputs.get(page.path), html: renderListPage(site, page) }]));
}

const base: ReleaseSpec[] = [
  ...["01", "02", "03", "04", "05", "06"].map((day, i) => ({ title: `Harbour ${i}`, date: `2026-03-${day}`, terms: { crime_areas: ["Smuggling"], target_groups: ["Citizens"] } })),
  ...["01", "02", "03", "04", "05"].map((day, i) => ({ title: `Arson ${i}`, date: `2025-0${i + 1}-${day}`, terms: { crime_areas: ["Arson"], target_groups: ["Businesses"] } })),
  { title: "Patrol", date: "2024-11-01", terms: { crime_areas: ["Arson"] } },
  { title: "Old fraud", date: "2019-06-01", terms: { crime_areas: ["Fraud"] } },
  { title: "Older fraud", date: "2018-06-01", type: "speech", terms: { crime_areas: ["Fraud"] } },
];

const changes: Record<string, ReleaseSpec[]> = {
  "a new release in one term": [...base, { title: "Breaking", date: "2026-03-07", terms: { crime_areas: ["Smuggling"] } }],
  "a new term": [...base, { title: "Cyber", date: "2026-03-08", terms: { crime_areas: ["Cybercrime"] } }],
  "the only release of a year removed": base.filter((spec) => spec.title !== "Old fraud"),
  // Its place among all releases is the same: /news/ shows the change only in its counts per year.
  "a release moved back into the year before": base.map((spec) => (spec.title === "Arson 0" ? { ...spec, date: "2024-12-31" } : spec)),
  "a release moved to another month": base.map((spec) => (spec.title === "Arson 2" ? { ...spec, date: "2025-08-01" } : spec)),
  "a release given another type": base.map((spec) => (spec.title === "Harbour 3" ? { ...spec, type: "news" } : spec)),
  // Pages are counted from the oldest: these change older pages' links or indexes, not their releases.
  "two new releases, so each list gains a page": [...base, ...["07", "08"].map((day) => ({ title: `Harbour ${day}`, date: `2026-03-${day}`, terms: { crime_areas: ["Smuggling"] } }))],
  "a new release in a new month": [...base, { title: "April", date: "2026-04-01", terms: { crime_areas: ["Smuggling"] } }],
  "a release in a year before all others (every older page links one more year)": [...base, { title: "Earliest", date: "2017-03-01", terms: { crime_areas: ["Arson"] } }],
};

describe("list page fingerprints", () => {
  const before = listPages(base);
  for (const [change, specs] of Object.entries(changes)) {
    test(`after ${change}, a fingerprint changes exactly when the page's HTML does`, () => {
      const after = listPages(specs);
      let changed = 0;
      for (const [path, page] of after) {
        const previous = before.get(path);
        if (!previous) continue;
        const htmlChanged = previous.html !== page.html;
        if (htmlChanged) changed++;
        assert.equal(previous.fingerprint !== page.fingerprint, htmlChanged, `${path}: HTML ${htmlChanged ? "changed" : "unchanged"}, fingerprint ${previous.fingerprint !== page.fingerprint ? "changed" : "unchanged"}`);
      }
      assert.ok(changed > 0, "the change shows on some list page");
    });
  }
});
