import assert from "node:assert/strict";
import { test } from "node:test";
import { facetOptions } from "../../lib/search/facet-options.ts";

test("taxonomy terms are listed alphabetically with their counts; values without results are left out", () => {
  const options = facetOptions({ name: "crime_areas", label: "Crime areas", order: "alphabetical" }, { fraud: 0, Smuggling: 2, "drug trafficking": 5 }, [], "en");
  assert.deepEqual(options, [
    { value: "drug trafficking", count: 5, chosen: false },
    { value: "Smuggling", count: 2, chosen: false },
  ]);
});

test("a chosen value stays listed even when nothing matches it any more, so it can be unchosen", () => {
  const options = facetOptions({ name: "year", label: "Year", order: "newest-first" }, { "2014": 3 }, ["2015"], "en");
  assert.deepEqual(options, [
    { value: "2015", count: 0, chosen: true },
    { value: "2014", count: 3, chosen: false },
  ]);
});

test("types follow the configured order, unknown values after them; years run newest first", () => {
  const types = facetOptions({ name: "type", label: "Type", order: "listed", values: ["Press release", "News", "Speech"] }, { Speech: 1, Zeta: 1, "Press release": 4 }, [], "en");
  assert.deepEqual(types.map((o) => o.value), ["Press release", "Speech", "Zeta"]);
  const years = facetOptions({ name: "year", label: "Year", order: "newest-first" }, { "2009": 1, "2015": 1, "2010": 1 }, [], "en");
  assert.deepEqual(years.map((o) => o.value), ["2015", "2010", "2009"]);
});

test("no counts at all gives no options", () => {
  assert.deepEqual(facetOptions({ name: "type", label: "Type", order: "listed", values: ["News"] }, undefined, [], "en"), []);
});
