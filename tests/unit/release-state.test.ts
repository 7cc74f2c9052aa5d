import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { releaseState, visibility, visibilityOf } from "../../lib/visibility/release-state.ts";

const buildTime = DateTime.fromISO("2026-12-01T12:00:00", { zone: "Europe/Amsterdam" }).toMillis();

test("a release dated exactly at the build time is published; a millisecond later it is scheduled", () => {
  assert.equal(releaseState({ draft: false, timestamp: buildTime }, buildTime), "published");
  assert.equal(releaseState({ draft: false, timestamp: buildTime + 1 }, buildTime), "scheduled");
  assert.equal(releaseState({ draft: false, timestamp: buildTime - 1 }, buildTime), "published");
});

test("a date written in another zone is compared as an instant", () => {
  // 12:30 in London is 13:30 in Amsterdam: after a 12:00 Amsterdam build.
  const london = DateTime.fromISO("2026-12-01T12:30:00", { zone: "Europe/London" }).toMillis();
  assert.equal(releaseState({ draft: false, timestamp: london }, buildTime), "scheduled");
  const newYork = DateTime.fromISO("2026-12-01T05:59:59", { zone: "America/New_York" }).toMillis();
  assert.equal(releaseState({ draft: false, timestamp: newYork }, buildTime), "published");
});

test("a draft stays a draft whatever its date", () => {
  assert.equal(releaseState({ draft: true, timestamp: buildTime - 1e9 }, buildTime), "draft");
  assert.equal(releaseState({ draft: true, timestamp: buildTime + 1e9 }, buildTime), "draft");
});

const published = { page: true, listed: true, crawled: true, newsSitemap: true, indexed: true, notice: undefined };
const nothing = { page: false, listed: false, crawled: false, newsSitemap: false, indexed: false, notice: undefined };

test("production shows only published releases, everywhere", () => {
  assert.deepEqual(visibility("published", "production"), published);
  for (const state of ["draft", "scheduled"] as const) assert.deepEqual(visibility(state, "production"), nothing);
});

test("the preview shows drafts and scheduled releases, marked, and never to crawlers or search", () => {
  for (const state of ["draft", "scheduled"] as const) {
    assert.deepEqual(visibility(state, "development"), { page: true, listed: true, crawled: false, newsSitemap: false, indexed: false, notice: state });
  }
  assert.equal(visibilityOf({ draft: false, timestamp: buildTime + 1 }, buildTime, "development").notice, "scheduled");
});

test("a withdrawn release keeps its page and its sitemap entry, with the notice, and leaves lists, news and search", () => {
  const expected = { page: true, listed: false, crawled: true, newsSitemap: false, indexed: false, notice: "withdrawn" };
  assert.deepEqual(visibility("withdrawn", "production"), expected);
  assert.deepEqual(visibility("withdrawn", "development"), expected);
});

test("a withdrawal takes effect at its own instant, and never before the release is out", () => {
  const release = { draft: false, timestamp: buildTime - 1e9, withdrawn: { timestamp: buildTime } };
  assert.equal(releaseState(release, buildTime), "withdrawn");
  assert.equal(releaseState(release, buildTime - 1), "published");
  // Scheduled and draft win: a withdrawn release that is not yet out shows nothing.
  assert.equal(releaseState({ ...release, timestamp: buildTime + 1 }, buildTime), "scheduled");
  assert.equal(releaseState({ ...release, draft: true }, buildTime), "draft");
});

test("changes do not change the state: a corrected release is published", () => {
  const corrected = { draft: false, timestamp: buildTime - 1e9, changes: [{ date: "2026-11-30T10:00:00.000+01:00" }] };
  assert.equal(releaseState(corrected, buildTime), "published");
});
