import assert from "node:assert/strict";
import { test } from "node:test";
import { dictionaryFor } from "../../lib/i18n/dictionaries.ts";

// French groups digits with a narrow no-break space (CLDR), and counts 0 and 1 as singular.
const nnbsp = "\u202f";

test("English counts: one release, many releases, digits grouped for the site's English", () => {
  const text = dictionaryFor("en-GB");
  assert.equal(text.releaseCount(1), "1 release");
  assert.equal(text.releaseCount(12), "12 releases");
  assert.equal(text.releaseCount(10000), "10,000 releases");
  assert.equal(dictionaryFor("en-IN").releaseCount(100000), "1,00,000 releases");
});

test("French counts: singular for 0 and 1, digit groups with a narrow no-break space", () => {
  const text = dictionaryFor("fr");
  assert.equal(text.releaseCount(1), "1 communiqué");
  assert.equal(text.releaseCount(0), "0 communiqué");
  assert.equal(text.releaseCount(12), "12 communiqués");
  assert.equal(text.releaseCount(10000), `10${nnbsp}000 communiqués`);
  assert.equal(text.releaseCount(1000000), `1${nnbsp}000${nnbsp}000 de communiqués`);
  assert.equal(text.listCount(10000, { first: 41, last: 60 }), `10${nnbsp}000 communiqués, du plus récent au plus ancien. Affichage des communiqués 41 à 60.`);
  assert.equal(text.termCount(1, 1), "1 terme, par ordre alphabétique.");
  assert.equal(text.pageDates("3 janvier 2019", "15 février 2019"), " – du 3 janvier 2019 au 15 février 2019");
});

test("Arabic counts take the form of each plural category", () => {
  const text = dictionaryFor("ar");
  assert.equal(text.releaseCount(1), "بيان واحد");
  assert.equal(text.releaseCount(2), "بيانان");
  assert.equal(text.releaseCount(3), "3 بيانات");
  assert.equal(text.releaseCount(11), "11 بيانًا");
  assert.equal(text.releaseCount(100), "100 بيان");
});

test("names are joined as each language joins a list", () => {
  assert.equal(dictionaryFor("fr").issuedBy(["A", "B", "C"]), "Diffusé conjointement par A, B et C");
  assert.equal(dictionaryFor("fr").issuedBy(["A"]), "Diffusé par A");
  assert.equal(dictionaryFor("ar").issuedBy(["A", "B"]), "صادر بالاشتراك عن A وB");
});

test("file sizes use the language's units", () => {
  assert.equal(dictionaryFor("en").documentDetails("PDF", 1_234_567), " (PDF, 1.2 MB)");
  assert.equal(dictionaryFor("fr").documentDetails("PDF", 1_234_567), ` (PDF, 1,2${nnbsp}Mo)`);
});
