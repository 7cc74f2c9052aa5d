import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSiteConfig } from "../../lib/config/site-config.ts";
import { languageConfig, siteLanguages } from "../../lib/languages/site-languages.ts";
import { TranslationIndex } from "../../lib/languages/translations.ts";
import { fixtureConfig } from "../support/fixture-site.ts";
import { makeRelease } from "../support/release-factory.ts";

const config = parseSiteConfig({
  ...fixtureConfig,
  language: "en-GB",
  pathPrefix: "/newsroom/",
  languages: [{ tag: "fr-BE", name: "Français" }, { tag: "en-GB", name: "English" }, { tag: "ar", name: "العربية", title: "غرفة الأخبار" }],
  releaseTypes: [{ key: "press-release", label: "Press release", plural: "Press releases", labels: { ar: { label: "بيان صحفي", plural: "بيانات صحفية" } } }],
  defaultType: "press-release",
  taxonomies: [{ key: "crime_areas", label: "Crime areas", slug: "crime-areas", labels: { "fr-BE": { label: "Domaines criminels" } } }],
}, "site.json");

test("a site's languages: the default first at the root, the others in a folder named for their language, Arabic right to left", () => {
  assert.deepEqual(siteLanguages(config).map((l) => [l.tag, l.segment, l.direction, l.isDefault]), [
    ["en-GB", "", "ltr", true],
    ["fr-BE", "fr", "ltr", false],
    ["ar", "ar", "rtl", false],
  ]);
  const single = parseSiteConfig({ ...fixtureConfig }, "site.json");
  assert.deepEqual(siteLanguages(single).map((l) => [l.tag, l.segment]), [["en", ""]]);
  assert.equal(languageConfig(single, siteLanguages(single)[0]!), single, "a single-language site is built with its configuration as it is");
});

test("a language's configuration: its folder added once to the path prefix, its labels and title", () => {
  const [, french, arabic] = siteLanguages(config);
  const fr = languageConfig(config, french!);
  assert.equal(fr.pathPrefix, "/newsroom/fr/");
  assert.equal(fr.language, "fr-BE");
  assert.equal(fr.taxonomies[0]!.label, "Domaines criminels");
  assert.equal(fr.releaseTypes[0]!.label, "Press release", "an untranslated label stays");
  const ar = languageConfig(config, arabic!);
  assert.equal(ar.title, "غرفة الأخبار");
  assert.deepEqual([ar.releaseTypes[0]!.label, ar.releaseTypes[0]!.plural], ["بيان صحفي", "بيانات صحفية"]);
  assert.equal(languageConfig(config, siteLanguages(config)[0]!).pathPrefix, "/newsroom/");
});

test("translations group by the original's file; a chain of translations or a second one in a language is refused", () => {
  const original = { ...makeRelease({ title: "A", date: "2026-11-01", file: "content/releases/2026/a.md" }), lang: "en-GB" };
  const fr = { ...makeRelease({ title: "A fr", date: "2026-11-01", file: "content/releases/2026/fr/a.md" }), lang: "fr-BE", translationOf: "2026/a.md" };
  const ar = { ...makeRelease({ title: "A ar", date: "2026-11-01", file: "content/releases/2026/ar/a.md" }), lang: "ar", translationOf: "content/releases/2026/a.md" };
  const chain = { ...makeRelease({ title: "B", date: "2026-11-01", file: "content/releases/2026/b.md" }), lang: "ar", translationOf: "2026/fr/a.md" };
  const index = new TranslationIndex([original, fr, ar, chain], "content/releases");
  assert.deepEqual(index.groupOf(fr).map((r) => r.title), ["A", "A fr", "A ar"]);
  assert.equal(index.keyOf(ar), "2026/a.md");
  assert.deepEqual(index.problems.map((p) => [p.file, p.message]), [
    ["content/releases/2026/b.md", '"2026/fr/a.md" is itself a translation (of 2026/a.md); name the original, 2026/a.md'],
  ]);
});
