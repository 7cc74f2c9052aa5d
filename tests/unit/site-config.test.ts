import assert from "node:assert/strict";
import { describe, test } from "node:test";
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

test("a taxonomy key that is already a release's own front-matter key is refused", () => {
  for (const key of ["contacts", "author", "aliases", "changes"]) {
    assert.throws(
      () => parseSiteConfig({ ...fixtureConfig, taxonomies: [{ key, label: "X", slug: "x" }] }, "site.json"),
      (error: unknown) => error instanceof ConfigError && error.message.includes(`taxonomies.0.key: "${key}" is already a front-matter key of every release`),
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

const configError = (raw: unknown): string => {
  try {
    parseSiteConfig(raw, "content/site.json");
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail("the configuration was accepted");
};

test("language must be a BCP 47 tag; an underscore gets the hyphenated tag suggested (issue #16)", () => {
  assert.match(configError({ ...fixtureConfig, language: "en_GB" }), /content\/site\.json: language: "en_GB" is not a BCP 47 tag; did you mean "en-GB"\?/);
  assert.match(configError({ ...fixtureConfig, language: "english!" }), /language: "english!" is not a BCP 47 tag; write a language such as "en", "nl" or "en-GB"/);
  for (const ok of ["en", "nl", "en-GB", "fy-NL", "zh-Hant-TW"]) assert.equal(parseSiteConfig({ ...fixtureConfig, language: ok }, "site.json").language, ok);
});

test("unknown settings are refused with the closest known one, at the top and inside nested objects (issue #16)", () => {
  const message = configError({
    ...fixtureConfig,
    pathprefix: "/newsroom/",
    markdown: { allowHTML: true },
    search: { shardsize: 100 },
    releaseTypes: [{ key: "news", label: "News", plurel: "News" }],
    taxonomies: [{ key: "crime_areas", lable: "Crime areas", slug: "crime-areas" }],
    defaultType: "news",
  });
  assert.match(message, /^content\/site\.json: pathprefix: unknown setting; remove it or correct its name\. Did you mean "pathPrefix"\?$/m);
  assert.match(message, /^content\/site\.json: markdown\.allowHTML: unknown setting; .* Did you mean "allowHtml"\?$/m);
  assert.match(message, /^content\/site\.json: search\.shardsize: unknown setting; .* Did you mean "shardSize"\?$/m);
  assert.match(message, /^content\/site\.json: releaseTypes\.0\.plurel: unknown setting; .* Did you mean "plural"\?$/m);
  assert.match(message, /^content\/site\.json: taxonomies\.0\.lable: unknown setting; .* Did you mean "label"\?$/m);
  assert.match(configError({ ...fixtureConfig, colour: "blue" }), /content\/site\.json: colour: unknown setting; remove it or correct its name\. Allowed here: title, publisher, description, baseUrl, language, languages, timeZone, pathPrefix, pageSize, image, markdown, search, releaseTypes, defaultType, taxonomies, brand, redirects, contacts, cms\./);
});

test("baseUrl must be the origin only; a path is sent to pathPrefix (issue #16)", () => {
  assert.match(
    configError({ ...fixtureConfig, baseUrl: "https://example.org/newsroom" }),
    /content\/site\.json: baseUrl: must be the origin only; put \/newsroom\/ in pathPrefix and write baseUrl as https:\/\/example\.org$/m,
  );
  assert.match(configError({ ...fixtureConfig, baseUrl: "https://example.org/?utm=x" }), /baseUrl: must be the origin only \(scheme, host and port\); write it as https:\/\/example\.org/);
  assert.equal(parseSiteConfig({ ...fixtureConfig, baseUrl: "https://Example.org/" }, "site.json").baseUrl, "https://example.org");
  assert.equal(parseSiteConfig({ ...fixtureConfig, baseUrl: "http://localhost:8080" }, "site.json").baseUrl, "http://localhost:8080");
});

test("a taxonomy slug or type key longer than a folder name may safely be is refused", () => {
  const long = "x".repeat(121);
  assert.match(configError({ ...fixtureConfig, taxonomies: [{ key: "subjects", label: "S", slug: long }] }), /taxonomies\.0\.slug: is longer than the 120 characters a URL segment may have/);
});

describe("media contacts (issue #11)", () => {
  const pressOffice = { key: "press-office", name: "Press office", phone: "+31 20 555 0100", email: "press@havenmark.example", hours: "Every day, 24 hours", default: true };
  const duty = { key: "duty-cyber", name: "Mira Jansen", role: "Duty press officer, cyber-crime", phone: "+31 (0)20 555-0142" };

  test("none is fine; a list with exactly one default is parsed, with every field", () => {
    assert.deepEqual(parseSiteConfig(fixtureConfig, "site.json").contacts, []);
    assert.deepEqual(parseSiteConfig({ ...fixtureConfig, contacts: [pressOffice, duty] }, "site.json").contacts, [pressOffice, duty]);
  });

  test("a list without a default says to mark the press office", () => {
    assert.match(configError({ ...fixtureConfig, contacts: [duty] }), /content\/site\.json: contacts: no contact is the default; mark the press office with "default": true/);
  });

  test("two defaults are refused at the second, naming the first", () => {
    assert.match(
      configError({ ...fixtureConfig, contacts: [pressOffice, { ...duty, default: true }] }),
      /content\/site\.json: contacts\.1\.default: "press-office" is already the default contact; only one may be/,
    );
  });

  test("keys are unique", () => {
    assert.match(configError({ ...fixtureConfig, contacts: [pressOffice, { ...duty, key: "press-office" }] }), /contacts\.1\.key: "press-office" is also the key of contacts\.0; give each contact its own key/);
  });

  test("a phone number is digits, spaces, +, - and parentheses; an email has its shape", () => {
    const bad = configError({ ...fixtureConfig, contacts: [{ ...pressOffice, phone: "call 555-0100", email: "press at havenmark" }] });
    assert.match(bad, /contacts\.0\.phone: "call 555-0100" is not a phone number; write digits, spaces, hyphens and parentheses, with \+ only in front, e\.g\. \+31 20 555 0100/);
    assert.match(bad, /contacts\.0\.email: "press at havenmark" is not an email address; write it as name@example\.org/);
    assert.match(configError({ ...fixtureConfig, contacts: [{ ...pressOffice, phone: "20 +555" }] }), /contacts\.0\.phone: "20 \+555" is not a phone number/);
    assert.match(configError({ ...fixtureConfig, contacts: [{ ...pressOffice, email: "press@localhost" }] }), /contacts\.0\.email: /);
  });

  test("an unknown contact setting gets the closest known one", () => {
    assert.match(configError({ ...fixtureConfig, contacts: [{ ...pressOffice, phones: "1" }] }), /^content\/site\.json: contacts\.0\.phones: unknown setting; .* Did you mean "phone"\?$/m);
  });
});

test("a multilingual site's languages: the default among them, one URL folder each, none a folder the site writes, labels only for listed languages (issue #14)", () => {
  const base = { ...fixtureConfig, language: "en" };
  assert.match(configError({ ...base, languages: [{ tag: "fr", name: "Français" }] }), /language: "en" is the default language, so it must be one of languages \(fr\)/);
  assert.match(configError({ ...base, languages: [{ tag: "en", name: "English" }, { tag: "fr", name: "Français" }, { tag: "fr-BE", name: "Français (Belgique)" }] }), /languages\.2\.segment: "fr" is also the URL folder of fr; give each language its own segment, e.g. "fr-be"/);
  assert.match(configError({ ...base, languages: [{ tag: "en", name: "English" }, { tag: "fr", name: "Français", segment: "news" }] }), /languages\.1\.segment: "\/news\/" is a folder the site already writes/);
  const taxonomies = [{ key: "crime_areas", label: "Crime areas", slug: "crime-areas", labels: { de: { label: "Kriminalität" } } }];
  assert.match(configError({ ...base, taxonomies, languages: [{ tag: "en", name: "English" }, { tag: "fr", name: "Français" }] }), /taxonomies\.0\.labels: "de" is not one of languages \(en, fr\)/);
  assert.match(configError({ ...base, taxonomies }), /languages: labels name the language de, but the site lists no languages/);
  assert.doesNotThrow(() => parseSiteConfig({ ...base, languages: [{ tag: "en", name: "English" }, { tag: "ar", name: "العربية" }] }, "site.json"));
});
