import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { DateTime } from "luxon";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildSite } from "../../lib/build/build-site.ts";
import { validateSite } from "../../lib/build/validate-site.ts";
import { formatProblem } from "../../lib/errors.ts";
import { importPageTemplates, PreviewModel } from "../../lib/preview/render-worker.ts";
import { siteFiles } from "../support/built-site.ts";
import { makeFixtureSite, type FixtureRelease } from "../support/fixture-site.ts";

const buildTime = "2026-12-01T12:00:00+01:00";

const languages = {
  language: "en",
  languages: [{ tag: "en", name: "English" }, { tag: "fr", name: "Français", title: "Salle de presse" }, { tag: "ar", name: "العربية" }],
  taxonomies: [
    {
      key: "crime_areas", label: "Crime areas", slug: "crime-areas",
      labels: { fr: { label: "Domaines criminels" }, ar: { label: "مجالات الجريمة" } },
      translations: [{ en: "Drug trafficking", fr: "Trafic de drogue", ar: "الاتجار بالمخدرات" }],
    },
    { key: "target_groups", label: "Target groups", slug: "target-groups" },
  ],
};

const releases: Record<string, FixtureRelease> = {
  "2026/port.md": { title: "Port seizure", date: "2026-11-20", crime_areas: ["Drug trafficking"], body: "Forty kilograms of cocaine were found by harbourmasters." },
  "2026/roads.md": { title: "Road checks", date: "2026-11-21", crime_areas: ["Speeding"], body: "Winter road checks begin." },
  "2026/fr/port.md": { title: "Saisie au port", date: "2026-11-20", lang: "fr", translation_of: "2026/port.md", crime_areas: ["Trafic de drogue"], body: "Quarante kilogrammes trouvés par les capitaineries." },
  "2026/fr/permanence.md": { title: "Permanence en français", date: "2026-11-22", lang: "fr", body: "Une permanence ouvre au port." },
  "2026/ar/port.md": { title: "ضبط في الميناء", date: "2026-11-30T10:00:00+01:00", lang: "ar", slug: "dabt", translation_of: "2026/port.md", crime_areas: ["الاتجار بالمخدرات"], body: "تم العثور على أربعين كيلوغراما." },
  "2026/fr/draft.md": { title: "Brouillon", date: "2026-11-23", lang: "fr", draft: true, translation_of: "2026/roads.md" },
};

const read = (outDir: string, file: string) => readFileSync(path.join(outDir, file), "utf8");
const alternatesOf = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!] as const);

test("a multilingual newsroom: each language's pages in its folder, reciprocal hreflang, lists, feeds and sitemaps of its own", async () => {
  const site = makeFixtureSite(languages as never, releases);
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, log: () => undefined });
    const files = siteFiles({ outDir: site.outDir, baseUrl: "https://fixture.example", pathPrefix: "/" });
    const pages = files.filter((file) => file.endsWith(".html") && !file.startsWith("admin/") && !/^(fr|ar)\/admin\//.test(file));

    // Every alternate points at a built page, and that page names this one back.
    let translated = 0;
    for (const page of pages) {
      const alternates = alternatesOf(read(site.outDir, page));
      if (alternates.length === 0) continue;
      translated++;
      const self = `https://fixture.example/${page.replace(/index\.html$/, "")}`;
      assert.ok(alternates.some(([, href]) => href === self), `${page} names itself among its alternates`);
      assert.ok(alternates.some(([lang]) => lang === "x-default"), `${page} has x-default`);
      for (const [lang, href] of alternates) {
        const file = `${new URL(href).pathname.slice(1)}index.html`;
        assert.ok(existsSync(path.join(site.outDir, file)), `${page}: ${lang} alternate ${href} exists`);
        if (lang === "x-default") continue;
        assert.ok(alternatesOf(read(site.outDir, file)).some(([, back]) => back === self), `${file} names ${page} back`);
      }
    }
    assert.ok(translated >= 10, `release, term, list and home pages have alternates (${translated})`);

    const port = read(site.outDir, "news/2026/11/port-seizure/index.html");
    assert.deepEqual(alternatesOf(port), [
      ["en", "https://fixture.example/news/2026/11/port-seizure/"],
      ["fr", "https://fixture.example/fr/news/2026/11/saisie-au-port/"],
      ["ar", "https://fixture.example/ar/news/2026/11/dabt/"],
      ["x-default", "https://fixture.example/news/2026/11/port-seizure/"],
    ]);
    const arabic = read(site.outDir, "ar/news/2026/11/dabt/index.html");
    assert.match(arabic, /<html lang="ar" dir="rtl">/);
    assert.match(arabic, /"inLanguage":"ar"/);
    assert.match(arabic, /"translationOfWork":\{"@type":"NewsArticle","@id":"https:\/\/fixture\.example\/news\/2026\/11\/port-seizure\/"/);
    assert.match(port, /"workTranslation":\[\{"@type":"NewsArticle","@id":"https:\/\/fixture\.example\/fr\/news\/2026\/11\/saisie-au-port\/"/);
    assert.match(port, /<a href="\/fr\/news\/2026\/11\/saisie-au-port\/" hreflang="fr" lang="fr">Français<\/a>/, "the language switch leads to the translation");
    assert.match(read(site.outDir, "news/2026/11/road-checks/index.html"), /<a href="\/fr\/" hreflang="fr" lang="fr">Français<\/a>/, "and to a language's home page when there is none (the draft is not published)");
    assert.match(read(site.outDir, "crime-areas/drug-trafficking/index.html"), /hreflang="fr" href="https:\/\/fixture\.example\/fr\/crime-areas\/trafic-de-drogue\/"/, "a term is one term across languages");
    assert.match(read(site.outDir, "fr/crime-areas/index.html"), /<h1[^>]*>Domaines criminels<\/h1>/, "taxonomy labels in the language");
    assert.match(read(site.outDir, "fr/index.html"), /<title>Salle de presse<\/title>/);
    assert.match(read(site.outDir, "fr/index.html"), /<link rel="stylesheet" href="\/assets\/site\.css">/, "shared files stay at the root");

    // One language's lists hold only that language.
    const frNews = read(site.outDir, "fr/news/index.html");
    assert.match(frNews, /Saisie au port/);
    assert.match(frNews, /Permanence en français/);
    assert.doesNotMatch(frNews, /Port seizure|Road checks|ضبط/);
    assert.doesNotMatch(read(site.outDir, "news/index.html"), /Saisie au port|Permanence|ضبط/);

    // Feeds per language parse and hold their language's entries.
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    for (const [folder, titles] of [["", ["Road checks", "Port seizure"]], ["fr/", ["Permanence en français", "Saisie au port"]], ["ar/", ["ضبط في الميناء"]]] as const) {
      const atom = read(site.outDir, `${folder}feed.xml`);
      assert.equal(XMLValidator.validate(atom), true, `${folder}feed.xml is XML`);
      const entries = ([] as { title: { "#text": string } | string }[]).concat((parser.parse(atom) as { feed: { entry: never } }).feed.entry);
      assert.deepEqual(entries.map((e) => (typeof e.title === "string" ? e.title : e.title["#text"])), [...titles]);
      const json = JSON.parse(read(site.outDir, `${folder}feed.json`)) as { language: string; items: { title: string }[] };
      assert.deepEqual(json.items.map((item) => item.title), [...titles]);
      assert.equal(json.language, folder === "" ? "en" : folder.slice(0, 2));
    }

    // Sitemaps carry the same alternates; robots.txt names every language's.
    const sitemap = read(site.outDir, "sitemap.xml");
    assert.equal(XMLValidator.validate(sitemap), true);
    assert.match(sitemap, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    assert.match(sitemap, /<loc>https:\/\/fixture\.example\/news\/2026\/11\/port-seizure\/<\/loc><lastmod>[^<]+<\/lastmod><xhtml:link rel="alternate" hreflang="en" href="https:\/\/fixture\.example\/news\/2026\/11\/port-seizure\/"\/><xhtml:link rel="alternate" hreflang="fr" href="https:\/\/fixture\.example\/fr\/news\/2026\/11\/saisie-au-port\/"\/>/);
    assert.match(read(site.outDir, "fr/sitemap.xml"), /<loc>https:\/\/fixture\.example\/fr\/news\/2026\/11\/saisie-au-port\/<\/loc>/);
    assert.doesNotMatch(read(site.outDir, "fr/sitemap.xml"), /<loc>https:\/\/fixture\.example\/news\//, "a language's sitemap lists its own pages");
    assert.match(read(site.outDir, "ar/news-sitemap.xml"), /<news:language>ar<\/news:language>/);
    assert.match(read(site.outDir, "robots.txt"), /Sitemap: https:\/\/fixture\.example\/fr\/sitemap\.xml\nSitemap: https:\/\/fixture\.example\/fr\/news-sitemap\.xml\nSitemap: https:\/\/fixture\.example\/ar\/sitemap\.xml/);

    // Each language's search page searches its own index, with facets in its labels.
    const frSearch = read(site.outDir, "fr/search/index.html");
    assert.match(frSearch, /&quot;bundle&quot;:&quot;\/fr\/pagefind\/pagefind\.js&quot;/);
    assert.match(frSearch, /&quot;label&quot;:&quot;Domaines criminels&quot;/);
    assert.match(frSearch, /<html lang="fr">/);
    // Each language has its own search index, with its own stemming.
    for (const [folder, lang] of [["pagefind", "en"], ["fr/pagefind", "fr"], ["ar/pagefind", "ar"]] as const) {
      const entry = JSON.parse(read(site.outDir, `${folder}/pagefind-entry.json`)) as { languages: Record<string, unknown> };
      assert.deepEqual(Object.keys(entry.languages), [lang], `${folder} indexes ${lang} only`);
    }
    // Files the site has once are written once.
    for (const once of ["robots.txt", "_headers", "404.html", "assets/search.js"]) {
      assert.ok(!existsSync(path.join(site.outDir, "fr", once)) && !existsSync(path.join(site.outDir, "ar", once)), `${once} only at the root`);
    }
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a translation of a missing release, two translations into one language and an unknown language are check errors naming the files", () => {
  const site = makeFixtureSite(languages as never, {
    "2026/a.md": { title: "A", date: "2026-11-01" },
    "2026/a-fr.md": { title: "A en français", date: "2026-11-01", lang: "fr", translation_of: "2026/a.md" },
    "2026/a-fr-2.md": { title: "A encore", date: "2026-11-01", lang: "fr", translation_of: "2026/a.md" },
    "2026/b-fr.md": { title: "B", date: "2026-11-01", lang: "fr", translation_of: "2026/b.md" },
    "2026/c.md": { title: "C", date: "2026-11-01", lang: "de" },
  });
  const problems = validateSite({ contentDir: site.contentDir, publicDir: path.join(site.root, "public"), buildTime: DateTime.fromISO(buildTime) }).problems.map(formatProblem);
  const find = (pattern: RegExp) => assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join("\n")}`);
  find(/a-fr-2\.md: translation_of: .*2026\/a-fr\.md is already the fr version of 2026\/a\.md/);
  find(/b-fr\.md: translation_of: "2026\/b\.md" is not a release file .*; did you mean "2026\/a\.md"\?/);
  find(/c\.md:4: lang: "de" is not a language of this site\. Use one of: en, fr, ar\./);
});

test("a single-language site has no language folders, switch, alternates or dir, as before", async () => {
  const site = makeFixtureSite({}, { "2026/a.md": { title: "Port seizure", date: "2026-11-20", crime_areas: ["Drug trafficking"] } });
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, log: () => undefined });
    for (const file of siteFiles({ outDir: site.outDir, baseUrl: "https://fixture.example", pathPrefix: "/" }).filter((f) => f.endsWith(".html") || f.endsWith(".xml"))) {
      const text = read(site.outDir, file);
      assert.doesNotMatch(text, /hreflang|language-switch|xmlns:xhtml| dir="/, file);
    }
    assert.deepEqual(readdirSync(site.outDir).filter((name) => statSync(path.join(site.outDir, name)).isDirectory() && /^[a-z]{2}$/.test(name)), []);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("the preview renders every language's pages as a development build writes them", async () => {
  const site = makeFixtureSite(languages as never, releases);
  try {
    await buildSite({ contentDir: site.contentDir, publicDir: path.join(site.root, "public"), outDir: site.outDir, buildTime, mode: "development", log: () => undefined });
    const model = new PreviewModel({ contentDir: site.contentDir, publicDir: path.join(site.root, "public"), buildTime, imageCacheDir: path.join(site.root, "images") }, await importPageTemplates());
    assert.equal(model.update().error, undefined);
    const rendered = siteFiles({ outDir: site.outDir, baseUrl: "", pathPrefix: "/" }).filter((file) => !/(^|\/)pagefind\//.test(file) && !/(^|\/)admin\//.test(file));
    assert.ok(rendered.some((file) => file.startsWith("ar/")) && rendered.some((file) => file.startsWith("fr/")));
    for (const file of rendered) {
      const sitePath = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
      const page = await model.render(sitePath);
      assert.equal(page.kind, "page", sitePath);
      if (page.kind === "page") assert.equal(page.body, await readFile(path.join(site.outDir, file), "utf8"), `${sitePath} is what the build wrote`);
    }
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a site language without an interface dictionary is a check warning that says where to add one", () => {
  const site = makeFixtureSite({ language: "en", languages: [{ tag: "en", name: "English" }, { tag: "de", name: "Deutsch" }] } as never, {
    "2026/a.md": { title: "A", date: "2026-11-01" },
  });
  const problems = validateSite({ contentDir: site.contentDir, publicDir: path.join(site.root, "public"), buildTime: DateTime.fromISO(buildTime) }).problems;
  assert.deepEqual(problems.filter((p) => p.severity === "error"), []);
  assert.ok(problems.some((p) => /site\.json: warning: language: "de" has no interface dictionary, so navigation, headings and notices show in English; add lib\/i18n\/de\.ts/.test(formatProblem(p))), problems.map(formatProblem).join("\n"));
  assert.ok(!problems.some((p) => /"en" has no interface dictionary/.test(p.message)), "English has its dictionary");
});
