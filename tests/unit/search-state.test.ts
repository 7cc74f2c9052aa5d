import assert from "node:assert/strict";
import { test } from "node:test";
import {
  effectiveSort,
  emptyState,
  isActive,
  maxPages,
  pagefindQuery,
  stateFromParams,
  stateToParams,
  withFilter,
  withoutFacet,
  withoutFilters,
} from "../../lib/search/search-state.ts";

const groups = [{ name: "crime_areas" }, { name: "type" }, { name: "year" }];
const parse = (query: string) => stateFromParams(new URLSearchParams(query), groups);

test("a URL with words, repeated filters, sort and pages is read into a state", () => {
  assert.deepEqual(parse("q=smuggling&year=2015&crime_areas=Drug+trafficking&crime_areas=Fraud&sort=newest&page=3"), {
    query: "smuggling",
    filters: { crime_areas: ["Drug trafficking", "Fraud"], year: ["2015"] },
    sort: "newest",
    pages: 3,
  });
});

test("a state is written back in canonical order, defaults left out, and reads back the same", () => {
  const state = parse("page=2&year=2015&q=port+raid&crime_areas=Fraud");
  assert.equal(stateToParams(state, groups).toString(), "q=port+raid&crime_areas=Fraud&year=2015&page=2");
  assert.deepEqual(parse(stateToParams(state, groups).toString()), state);
  assert.equal(stateToParams(emptyState, groups).toString(), "");
});

test("unknown parameters, empty and repeated values, odd sorts and page numbers are ignored or clamped", () => {
  assert.deepEqual(parse("q=%20%20two%20%20words%20&colour=red&year=&year=2015&year=2015&sort=oldest&page=-4"), {
    query: "two words",
    filters: { year: ["2015"] },
    sort: "relevance",
    pages: 1,
  });
  assert.equal(parse("page=100000").pages, maxPages);
  assert.equal(parse("page=abc").pages, 1);
  assert.equal(parse(`q=${"a".repeat(500)}`).query.length, 200);
});

test("words become the Pagefind term; values of one facet are alternatives; no words means a filter-only search, newest first", () => {
  assert.deepEqual(pagefindQuery(parse("q=smuggling&crime_areas=Drugs&crime_areas=Fraud")), {
    term: "smuggling",
    options: { filters: { crime_areas: { any: ["Drugs", "Fraud"] } } },
  });
  assert.deepEqual(pagefindQuery(parse("q=smuggling&sort=newest")), { term: "smuggling", options: { filters: {}, sort: { date: "desc" } } });
  assert.deepEqual(pagefindQuery(parse("year=2015")), { term: null, options: { filters: { year: { any: ["2015"] } }, sort: { date: "desc" } } });
  assert.equal(effectiveSort(parse("sort=relevance&year=2015")), "newest");
});

test("a search is active with words or a filter, not with a sort or page alone", () => {
  assert.equal(isActive(parse("sort=newest&page=2")), false);
  assert.equal(isActive(parse("q=x")), true);
  assert.equal(isActive(parse("type=News")), true);
});

test("choosing and unchoosing a filter value, and clearing all, go back to the first page", () => {
  const chosen = withFilter(parse("q=x&page=3"), "year", "2015", true);
  assert.deepEqual(chosen.filters, { year: ["2015"] });
  assert.equal(chosen.pages, 1);
  assert.deepEqual(withFilter(chosen, "year", "2015", true).filters, { year: ["2015"] });
  assert.deepEqual(withFilter(chosen, "year", "2015", false).filters, {});
  assert.deepEqual(withoutFilters(withFilter(chosen, "type", "News", true)), { query: "x", filters: {}, sort: "relevance", pages: 1 });
});

test("leaving out one facet keeps the words, the other facets and the page count", () => {
  const state = parse("q=x&crime_areas=Fraud&year=2015&page=2");
  assert.deepEqual(withoutFacet(state, "crime_areas"), { query: "x", filters: { year: ["2015"] }, sort: "relevance", pages: 2 });
});
