import assert from "node:assert/strict";
import { test } from "node:test";
import { completeDictionary, dictionaryFor, dictionaryKeys, dictionaryLanguages, missingKeys, missingKeysOf } from "../../lib/i18n/dictionaries.ts";
import type { Dictionary } from "../../lib/i18n/dictionary.ts";
import { dictionaryWarning } from "../../lib/i18n/dictionary-check.ts";

test("every dictionary has every key English has", () => {
  assert.deepEqual([...dictionaryLanguages].sort(), ["ar", "en", "fr"]);
  for (const language of dictionaryLanguages) assert.deepEqual(missingKeys(language), [], language);
});

test("a language without a dictionary lacks every key, and its site reads English", () => {
  assert.deepEqual(missingKeys("de"), dictionaryKeys());
  assert.equal(dictionaryFor("de").relatedReleases, "Related releases");
  assert.equal(dictionaryFor("not a tag").relatedReleases, "Related releases");
});

test("a tag picks its exact dictionary, else its primary language's", () => {
  assert.equal(dictionaryFor("en-GB").relatedReleases, "Related releases");
  assert.equal(dictionaryFor("fr-CA").relatedReleases, "Communiqués associés");
  assert.equal(dictionaryFor("FR").relatedReleases, "Communiqués associés");
  assert.equal(dictionaryFor("ar-EG").relatedReleases, "بيانات ذات صلة");
  assert.deepEqual(missingKeys("fr-BE"), []);
});

test("a partial dictionary takes each key it lacks from the fallback, key by key", () => {
  const partial: Partial<Dictionary> = { relatedReleases: "Verwandte Meldungen", home: "Startseite" };
  const complete = completeDictionary(partial, dictionaryFor("en"));
  assert.equal(complete.relatedReleases, "Verwandte Meldungen");
  assert.equal(complete.home, "Startseite");
  assert.equal(complete.mediaEnquiries, "Media enquiries");
  assert.equal(complete.releaseCount(2), "2 releases");
  assert.deepEqual(missingKeysOf(partial), dictionaryKeys().filter((key) => key !== "relatedReleases" && key !== "home"));
});

test("the site's default language is the fallback before English", () => {
  const text = dictionaryFor("de", "fr");
  assert.equal(text.relatedReleases, "Communiqués associés");
});

test("the English dictionary writes exactly the strings the templates always wrote", () => {
  const text = dictionaryFor("en-GB");
  assert.equal(text.releaseCount(1204), "1,204 releases");
  assert.equal(text.listCount(10020, { first: 10001, last: 10020 }), "10,020 releases, newest first. Showing 10001 to 10020.");
  assert.equal(text.termCount(12, 9), "12 terms, 9 with releases, in alphabetical order.");
  assert.equal(text.termCount(1, 1), "1 term, in alphabetical order.");
  assert.equal(text.pageDates("3 January 2019", "15 February 2019"), " – 3 January 2019 to 15 February 2019");
  assert.equal(text.pageDates("3 January 2019", "3 January 2019"), " – 3 January 2019");
  assert.equal(text.listDates("3 January 2019", "15 February 2019"), "Releases from 3 January 2019 to 15 February 2019, newest first.");
  assert.equal(text.issuedBy(["A"]), "Issued by A");
  assert.equal(text.issuedBy(["A", "B", "C"]), "Issued jointly by A, B and C");
  assert.deepEqual(text.published("<time>"), ["Published ", "<time>"]);
  assert.equal(text.searchDescription("Police", ["Crime areas"]), "Search all releases of Police by word, and filter them by crime areas, type, year.");
});

test("the check says nothing of a complete dictionary and names what a site in another language lacks", () => {
  assert.equal(dictionaryWarning("fr-FR"), undefined);
  assert.equal(dictionaryWarning("en-GB"), undefined);
  assert.match(dictionaryWarning("de-AT") ?? "", /"de-AT" has no interface dictionary.*lib\/i18n\/de\.ts/);
  assert.equal(
    dictionaryWarning("nl-BE", missingKeysOf({ ...dictionaryFor("en"), home: undefined, table: undefined })),
    'language: the "nl" interface dictionary lacks 2 strings (home, table), which show in English; add them to lib/i18n/nl.ts',
  );
});
