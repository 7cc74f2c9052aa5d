import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyState } from "../../lib/search/search-state.ts";
import { statusText } from "../../lib/search/status-text.ts";

test("the status names the count, the words and whether filters apply", () => {
  assert.equal(statusText({ ...emptyState, query: "smuggling" }, 12), "12 releases found for “smuggling”.");
  assert.equal(statusText({ ...emptyState, query: "port" }, 1), "1 release found for “port”.");
  assert.equal(statusText({ ...emptyState, filters: { year: ["2015"] } }, 3), "3 releases found with the chosen filters.");
  assert.equal(statusText({ ...emptyState, query: "x", filters: { year: ["2015"] } }, 0), "No releases found for “x” with the chosen filters.");
});
