import assert from "node:assert/strict";
import { test } from "node:test";
import { dictionaryFor } from "../../lib/i18n/dictionaries.ts";
import { searchClientText } from "../../lib/i18n/search-text.ts";
import { emptyState } from "../../lib/search/search-state.ts";
import { partialStatusText, statusText } from "../../lib/search/status-text.ts";

const english = searchClientText(dictionaryFor("en-GB"));
const french = searchClientText(dictionaryFor("fr"));

test("the status names the count, the words and whether filters apply", () => {
  assert.equal(statusText({ ...emptyState, query: "smuggling" }, 12, english, "en-GB"), "12 releases found for “smuggling”.");
  assert.equal(statusText({ ...emptyState, query: "port" }, 1, english, "en-GB"), "1 release found for “port”.");
  assert.equal(statusText({ ...emptyState, filters: { year: ["2015"] } }, 3, english, "en-GB"), "3 releases found with the chosen filters.");
  assert.equal(statusText({ ...emptyState, query: "x", filters: { year: ["2015"] } }, 0, english, "en-GB"), "No releases found for “x” with the chosen filters.");
});

test("the status is written in the page's language, with its plurals and digit groups", () => {
  assert.equal(statusText({ ...emptyState, query: "port" }, 1, french, "fr"), "1 communiqué trouvé pour «\u202fport\u202f».");
  assert.equal(statusText({ ...emptyState, filters: { year: ["2015"] } }, 12345, french, "fr"), "12\u202f345 communiqués trouvés avec les filtres choisis.");
});

test("search words that look like a placeholder stay as typed", () => {
  assert.equal(statusText({ ...emptyState, query: "{filters} {count}" }, 2, english, "en"), "2 releases found for “{filters} {count}”.");
});

test("over first results from the newest shards, the line names their years and the search, not a count", () => {
  assert.equal(partialStatusText({ ...emptyState, query: "port" }, "2025–2026", english, "en-GB"), "Showing results from 2025–2026 for “port”; searching older releases…");
  assert.equal(partialStatusText({ ...emptyState, filters: { type: ["News"] } }, "2026", english, "en-GB"), "Showing results from 2026 with the chosen filters; searching older releases…");
  assert.equal(partialStatusText({ ...emptyState, query: "port" }, "2026", french, "fr"), "Résultats de 2026 pour «\u202fport\u202f»\u202f; recherche en cours dans les communiqués plus anciens…");
});
