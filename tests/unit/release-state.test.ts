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

test("production shows only published releases, everywhere", () => {
  assert.deepEqual(visibility("published", "production"), { shown: true, crawled: true, indexed: true, banner: undefined });
  for (const state of ["draft", "scheduled"] as const) {
    assert.deepEqual(visibility(state, "production"), { shown: false, crawled: false, indexed: false, banner: undefined });
  }
});

test("the preview shows drafts and scheduled releases, marked, and never to crawlers or search", () => {
  for (const state of ["draft", "scheduled"] as const) {
    assert.deepEqual(visibility(state, "development"), { shown: true, crawled: false, indexed: false, banner: state });
  }
  assert.deepEqual(visibilityOf({ draft: false, timestamp: buildTime + 1 }, buildTime, "development").banner, "scheduled");
});
