import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSiteConfig } from "../../lib/config/site-config.ts";
import { ConfigError } from "../../lib/errors.ts";
import { fixtureConfig } from "../support/fixture-site.ts";

test("defaults: page size 20, path prefix normalised, markdown HTML off", () => {
  const config = parseSiteConfig({ ...fixtureConfig, pageSize: undefined, pathPrefix: "newsroom" }, "site.json");
  assert.equal(config.pageSize, 20);
  assert.equal(config.pathPrefix, "/newsroom/");
  assert.equal(config.markdown.allowHtml, false);
  assert.equal(parseSiteConfig({ ...fixtureConfig, pathPrefix: "/" }, "site.json").pathPrefix, "/");
});

test("an invalid configuration names the file and each field", () => {
  assert.throws(
    () => parseSiteConfig({ ...fixtureConfig, timeZone: "Mars/Olympus", baseUrl: "ftp://x", defaultType: "memo" }, "content/site.json"),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /content\/site\.json: timeZone: not an IANA time zone/);
      assert.match(error.message, /content\/site\.json: baseUrl:/);
      assert.match(error.message, /content\/site\.json: defaultType: "memo" is not one of releaseTypes/);
      return true;
    },
  );
});

test("two taxonomies may not share a key or a URL slug", () => {
  const taxonomies = [
    { key: "crime_areas", label: "Crime areas", slug: "crime-areas" },
    { key: "crime_fields", label: "Crime fields", slug: "crime-areas" },
  ];
  assert.throws(() => parseSiteConfig({ ...fixtureConfig, taxonomies }, "site.json"), /duplicate taxonomy slug:crime-areas/);
});

test("a taxonomy key that is also a search filter or parameter is refused, naming the fix", () => {
  for (const key of ["type", "year", "shard", "q", "sort", "page"]) {
    const taxonomies = [{ key, label: "X", slug: "x" }];
    assert.throws(
      () => parseSiteConfig({ ...fixtureConfig, taxonomies }, "site.json"),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.message.includes(`site.json: taxonomies.0.key: "${key}" is reserved by search`) &&
        error.message.includes("rename"),
    );
  }
});

test("a taxonomy slug that would overwrite a built folder is refused", () => {
  const taxonomies = [{ key: "subjects", label: "Subjects", slug: "news" }];
  assert.throws(() => parseSiteConfig({ ...fixtureConfig, taxonomies }, "site.json"), /site\.json: taxonomies\.0\.slug: "\/news\/" is a folder the site already writes/);
});

test("the search shard size defaults to 10,000 releases and must be a whole number of at least one", () => {
  assert.equal(parseSiteConfig(fixtureConfig, "site.json").search.shardSize, 10_000);
  assert.throws(() => parseSiteConfig({ ...fixtureConfig, search: { shardSize: 0 } }, "site.json"), /site\.json: search\.shardSize: /);
});
