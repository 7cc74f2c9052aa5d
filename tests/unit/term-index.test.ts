import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { toSlug } from "../../lib/model/slug.ts";
import { buildTermIndex } from "../../lib/taxonomy/term-index.ts";
import { makeReleases, testConfig } from "../support/release-factory.ts";

describe("term slugs", () => {
  for (const [term, slug] of [
    ["Cyber-crime & fraud", "cyber-crime-and-fraud"],
    ["Pénal", "penal"],
    ["Press/Journalists", "press-journalists"],
    ["  Trafficking in   human beings ", "trafficking-in-human-beings"],
    ["Øresund Straße", "oresund-strasse"],
  ] as const) {
    test(`"${term}" → ${slug}`, () => assert.equal(toSlug(term), slug));
  }
});

describe("the term index", () => {
  const config = testConfig({
    taxonomies: [
      {
        key: "crime_areas", label: "Crime areas", slug: "crime-areas",
        terms: ["Drug trafficking", "Cyber-crime & fraud", "Pénal", "Arson"],
        termDescriptions: { "drug trafficking": "Smuggling and dealing." },
      },
      { key: "target_groups", label: "Target groups", slug: "target-groups" },
    ],
  });
  const releases = makeReleases([
    { title: "Oldest", date: "2015-01-01", terms: { crime_areas: ["Drug trafficking"], target_groups: ["Press/Journalists"] } },
    { title: "Middle", date: "2015-06-01", terms: { crime_areas: ["Pénal", "Drug trafficking"], target_groups: ["press / journalists", "Press/Journalists"] } },
    { title: "Newest", date: "2015-12-01", terms: { crime_areas: ["Cyber-crime & fraud", "Drug trafficking"], target_groups: ["Citizens"] } },
  ]);
  const index = buildTermIndex(releases, config);
  const [crime, groups] = index.taxonomies;

  test("lists every term alphabetically with its path, controlled terms without releases included", () => {
    assert.deepEqual(crime!.terms.map((t) => [t.label, t.path, t.releases.length]), [
      ["Arson", "/crime-areas/arson/", 0],
      ["Cyber-crime & fraud", "/crime-areas/cyber-crime-and-fraud/", 1],
      ["Drug trafficking", "/crime-areas/drug-trafficking/", 3],
      ["Pénal", "/crime-areas/penal/", 1],
    ]);
    assert.equal(crime!.path, "/crime-areas/");
  });

  test("keeps each term's releases newest first", () => {
    assert.deepEqual(crime!.terms[2]!.releases.map((r) => r.title), ["Newest", "Middle", "Oldest"]);
  });

  test("counts a release once when it names two spellings of one term", () => {
    const press = index.termOf("target_groups", "press / journalists")!;
    assert.equal(press.label, "Press/Journalists");
    assert.deepEqual(press.releases.map((r) => r.title), ["Middle", "Oldest"]);
    assert.equal(groups!.terms.length, 2);
  });

  test("finds a term description written in any spelling", () => {
    assert.equal(crime!.terms[2]!.description, "Smuggling and dealing.");
    assert.equal(crime!.terms[0]!.description, undefined);
  });
});
