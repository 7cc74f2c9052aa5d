import assert from "node:assert/strict";
import { test } from "node:test";
import { dictionaryFor } from "../../lib/i18n/dictionaries.ts";
import { facetGroups } from "../../lib/search/facet-groups.ts";

const releaseTypes = [
  { key: "press-release", label: "Press release" },
  { key: "news", label: "News" },
];

test("every taxonomy is a facet, then type (labels in configured order) and year", () => {
  const groups = facetGroups({ releaseTypes, taxonomies: [{ key: "crime_areas", label: "Crime areas", slug: "crime-areas" }] }, dictionaryFor("en"));
  assert.deepEqual(groups, [
    { name: "crime_areas", label: "Crime areas", order: "alphabetical" },
    { name: "type", label: "Type", order: "listed", values: ["Press release", "News"] },
    { name: "year", label: "Year", order: "newest-first" },
  ]);
});

test("type and year are named in the site's language", () => {
  const groups = facetGroups({ releaseTypes, taxonomies: [] }, dictionaryFor("fr-FR"));
  assert.deepEqual(groups.map((group) => group.label), ["Type", "Année"]);
});
