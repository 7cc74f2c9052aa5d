import assert from "node:assert/strict";
import { test } from "node:test";
import { standbyIsCheaper } from "../../lib/build/incremental/standby.ts";

// Counts shaped like the 10,000-release bench corpus: 15,000 outputs, a shard of this
// year's 450 releases and one of the 9,550 before.
test("two recent changes: updating the standby beats linking 25,000 files", () => {
  assert.equal(standbyIsCheaper({ rendered: 26, indexed: 450, linked: 0 }, { rendered: 13, indexed: 450, linked: 25_000 }), true);
});

test("a correction to an old release in the build before: linking beats indexing its large shard a second time", () => {
  assert.equal(standbyIsCheaper({ rendered: 26, indexed: 9_550 + 450, linked: 0 }, { rendered: 13, indexed: 450, linked: 25_000 }), false);
});

test("a new release in each of the last two builds: the shifted list pages are the same pages, and the standby still wins", () => {
  assert.equal(standbyIsCheaper({ rendered: 2_393, indexed: 450, linked: 0 }, { rendered: 2_387, indexed: 450, linked: 12_839 + 9_550 }), true);
});
