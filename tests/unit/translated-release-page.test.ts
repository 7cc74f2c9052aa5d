import assert from "node:assert/strict";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { renderReleasePage } from "../../layouts/release-page.ts";
import { renderSearchPage } from "../../layouts/search-page.ts";
import { dictionaryFor } from "../../lib/i18n/dictionaries.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { projectValidator } from "../support/html-validation.ts";
import { makeRelease, testConfig } from "../support/release-factory.ts";

const contacts = [{ key: "press", name: "Press office", phone: "+31 20 555 0100", email: "press@fixture.example", default: true }];
const releases = [
  { ...makeRelease({ title: "Port seizure", date: "2026-03-02T10:00", terms: { crime_areas: ["Drugs"] } }), author: ["Agency A", "Agency B"], sourceUrl: "https://old.example/1" },
  makeRelease({ title: "Harbour arrests", date: "2026-02-01", terms: { crime_areas: ["Drugs"] } }),
];

function site(language: string): Newsroom {
  return new Newsroom(testConfig({ language, contacts }), releases, "production");
}

/** What a reader meets: the text and the labels assistive technology reads out (not JSON-LD). */
function readerText(page: string): string {
  const document = parseDocument(page);
  for (const script of DomUtils.findAll((e) => e.name === "script", document.children)) DomUtils.removeElement(script);
  const labels = DomUtils.findAll(() => true, document.children).flatMap((e) => [e.attribs["aria-label"], e.attribs["placeholder"]]);
  return [DomUtils.textContent(document), ...labels.filter((label) => label !== undefined)].join("\n");
}

/** English interface strings a French page must not show: every plain string that French words differently. */
function englishLeftIn(text: string): string[] {
  const english = dictionaryFor("en");
  const french = dictionaryFor("fr");
  const plain = Object.entries(english).filter(([key, value]) => typeof value === "string" && value !== french[key as keyof typeof french] && !value.includes("{"));
  return [...plain.map(([, value]) => value as string), "Published", "Issued", "Original publication", "Phone", "Email"].filter((english) => text.includes(english));
}

test("a French site's release page has French headings and no English interface text", async () => {
  const page = renderReleasePage(site("fr"), releases[0]!);
  const text = readerText(page);
  for (const french of ["Communiqués associés", "Contacts presse", "Publié le", "Diffusé conjointement par Agency A et Agency B", "Fil d’Ariane", "Aller au contenu principal", "Toutes les actualités"]) {
    assert.ok(text.includes(french), french);
  }
  assert.deepEqual(englishLeftIn(text), []);
  assert.match(page, /<html lang="fr">/);
  const report = await projectValidator().validateString(page, "fr.html");
  assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => m.message)), []);
});

test("an Arabic site's pages are marked right to left and stay valid HTML", async () => {
  const arabic = site("ar");
  for (const page of [renderReleasePage(arabic, releases[0]!), renderSearchPage(arabic)]) {
    assert.match(page, /<html lang="ar" dir="rtl">/);
    const report = await projectValidator().validateString(page, "ar.html");
    assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => m.message)), []);
  }
  assert.ok(readerText(renderReleasePage(arabic, releases[0]!)).includes("بيانات ذات صلة"));
});

test("the search page hands its script the strings of the site's language", () => {
  const page = renderSearchPage(site("fr"));
  const config = JSON.parse(DomUtils.findOne((e) => e.attribs["data-search-config"] !== undefined, parseDocument(page).children)!.attribs["data-search-config"]!) as { text: Record<string, unknown> };
  assert.equal(config.text["searchNoneFound"], "Aucun communiqué trouvé{words}{filters}.");
  assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)/, "no inline script that runs");
});
