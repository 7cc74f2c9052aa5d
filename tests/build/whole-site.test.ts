/**
 * The whole-site checks of the crawlers-and-subscribers issue, on one fixture site
 * built without and with a path prefix: every URL inside the site resolves to a built
 * file, every page passes html-validate (.htmlvalidate.json), every feed and sitemap
 * has what its spec requires, and a crawler starting at the home page or at the
 * sitemap reaches every public page.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { brokenLinks, crawl, elements, pageDocument, resolveInSite, siteFiles, urlOfFile, type BuiltSite, type Document } from "../support/built-site.ts";
import { atomProblems, jsonFeedProblems, newsSitemapContents, sitemapContents } from "../support/feed-spec.ts";
import { makeFixtureSite, type FixtureRelease } from "../support/fixture-site.ts";
import { fixtureJpeg, fixturePdf } from "../support/fixture-images.ts";
import { htmlProblems } from "../support/html-validation.ts";

const buildTime = "2026-11-30T12:00:00+01:00";
const hostile = 'Fraud & "scams" <online>';

const releases: Record<string, FixtureRelease> = {
  // Inside the news window (the second exactly two days before the build).
  "2026/port.md": {
    title: "Port seizure: 40 kg & a <boat>",
    slug: "port-seizure",
    date: "2026-11-29T10:00:00+01:00",
    crime_areas: ["Drug trafficking"],
    target_groups: ["Press"],
    body: "See [the earlier appeal](../appeal/), [the archive](../../../) and [the text](#main).\n\n![Badge](/media/badge.jpg)\n\nText ]]> with a CDATA end ]]> twice.",
  },
  // A release folder with a lead image, a figure and documents (issue #11).
  "2026/appeal/index.md": {
    title: "Appeal for witnesses",
    slug: "appeal",
    date: "2026-11-28T12:00:00+01:00",
    crime_areas: ["Drug trafficking", hostile],
    image: { src: "scene.jpg", alt: "The street where it happened", caption: "Harbour Street at night.", credit: "Fixture Agency" },
    attachments: [{ file: "poster.pdf", title: "Appeal poster" }],
    body: "Did you see anything?\n\n![A map of the street](map.jpg \"Where the car was seen\")\n\nPrint [the poster](poster.pdf).",
  },
  // One minute too old for the news sitemap; dated after the build.
  "2026/old.md": { title: "Road checks", date: "2026-11-28T11:59:00+01:00", type: "news", target_groups: ["Drivers"] },
  "2026/later.md": { title: "Scheduled statement", date: "2026-12-01", type: "statement" },
  "2026/draft.md": { title: "Draft not published", date: "2026-11-29", draft: true, crime_areas: ["Drug trafficking"] },
};
for (let i = 1; i <= 8; i++) {
  releases[`2025/r${i}.md`] = {
    title: `Release ${i} of 2025`,
    date: `2025-0${1 + (i % 3) * 3}-1${i}`,
    type: i % 4 === 0 ? "speech" : "press-release",
    crime_areas: i % 2 ? ["Drug trafficking"] : ["Burglary"],
    target_groups: ["Citizens"],
    ...(i === 3 ? { updated: "2026-01-05" } : {}),
  };
}

const fixture = makeFixtureSite({ image: "/assets/newsroom-card.png" }, releases);

/** The images and the document the fixture's releases name (written once, before the first build). */
async function writeFixtureMedia(): Promise<void> {
  if (existsSync(path.join(fixture.contentDir, "media", "badge.jpg"))) return;
  mkdirSync(path.join(fixture.contentDir, "media"), { recursive: true });
  writeFileSync(path.join(fixture.contentDir, "media", "badge.jpg"), await fixtureJpeg(400, 400));
  fixture.writeRaw("2026/appeal/scene.jpg", await fixtureJpeg(1600, 900, "#223344"));
  fixture.writeRaw("2026/appeal/map.jpg", await fixtureJpeg(900, 600, "#446622"));
  fixture.writeRaw("2026/appeal/poster.pdf", fixturePdf("Appeal"));
}

for (const pathPrefix of ["/", "/newsroom/"]) {
  describe(`the whole site, built with path prefix ${pathPrefix}`, () => {
    const outDir = path.join(fixture.root, pathPrefix === "/" ? "_site" : "_site_prefixed");
    const site: BuiltSite = { outDir, baseUrl: "https://fixture.example", pathPrefix };
    let files: string[] = [];
    let pages: string[] = [];
    let publicPages: string[] = [];
    const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
    const abs = (p: string) => `${site.baseUrl}${pathPrefix}${p.replace(/^\//, "")}`;

    before(async () => {
      await writeFixtureMedia();
      await buildSite({ contentDir: fixture.contentDir, outDir, pathPrefix, buildTime });
      files = siteFiles(site);
      pages = files.filter((f) => f.endsWith(".html"));
      // The 404 page is served for missing pages; the editor (/admin/, issue #12) is for
      // editors, linked from nowhere and disallowed to crawlers. Both still pass the link
      // check and html-validate.
      publicPages = pages.filter((f) => f !== "404.html" && f !== "admin/index.html");
    });

    test("every href, src, srcset, form action and og URL inside the site resolves to a built file under the prefix", () => {
      assert.ok(pages.length > 30, `expected a site of many pages, got ${pages.length}`);
      assert.deepEqual(brokenLinks(site, pages), []);
    });

    test("every page passes html-validate with the project configuration", async () => {
      assert.deepEqual(await htmlProblems(outDir, pages), []);
    });

    test("a crawler starting at the home page reaches every public page", () => {
      const reached = crawl(site, ["index.html"]);
      assert.deepEqual(publicPages.filter((p) => !reached.has(p)), []);
    });

    test("the sitemap lists every public page once, each with a lastmod from the releases it shows", () => {
      const { locs, problems, isIndex } = sitemapContents("sitemap.xml", read("sitemap.xml"));
      assert.deepEqual(problems, []);
      assert.equal(isIndex, false);
      assert.equal(new Set(locs).size, locs.length, "no URL twice");
      assert.deepEqual([...locs].sort(), publicPages.map((p) => urlOfFile(site, p)).sort());
      const xml = read("sitemap.xml");
      // Release 3 (January 2025, updated January 2026) is on the oldest page of 2025: its update is that page's lastmod.
      assert.match(xml, new RegExp(`<loc>${abs("/news/2025/page/1/")}</loc><lastmod>2026-01-05T00:00:00.000\\+01:00</lastmod>`));
      assert.match(xml, new RegExp(`<loc>${abs("/news/2025/")}</loc><lastmod>2025-07-18T00:00:00.000\\+02:00</lastmod>`));
      assert.match(xml, new RegExp(`<loc>${abs("/news/2026/11/port-seizure/")}</loc><lastmod>2026-11-29T10:00:00.000\\+01:00</lastmod>`));
      assert.doesNotMatch(xml, /draft-not-published/);
    });

    test("the news sitemap holds exactly the releases of the two days before the build", () => {
      const { locs, problems } = newsSitemapContents("news-sitemap.xml", read("news-sitemap.xml"));
      assert.deepEqual(problems, []);
      assert.deepEqual(locs, [abs("/news/2026/11/port-seizure/"), abs("/news/2026/11/appeal/")]);
      assert.match(read("news-sitemap.xml"), /<news:title>Port seizure: 40 kg &amp; a &lt;boat&gt;<\/news:title>/);
    });

    test("robots.txt names both sitemaps by absolute URL", () => {
      const robots = read("robots.txt");
      assert.match(robots, /^User-agent: \*$/m);
      assert.ok(robots.includes(`Sitemap: ${abs("/sitemap.xml")}\n`));
      assert.ok(robots.includes(`Sitemap: ${abs("/news-sitemap.xml")}\n`));
    });

    test("every Atom feed and the JSON Feed have their spec's required fields", () => {
      const feeds = files.filter((f) => f.endsWith("feed.xml"));
      assert.ok(feeds.includes("feed.xml") && feeds.includes("crime-areas/drug-trafficking/feed.xml") && feeds.includes("types/speech/feed.xml"));
      assert.ok(feeds.includes("crime-areas/fraud-and-scams-online/feed.xml"), "the term with XML-special characters has its feed");
      assert.deepEqual(feeds.flatMap((f) => atomProblems(f, read(f))), []);
      assert.deepEqual(jsonFeedProblems("feed.json", read("feed.json")), []);
    });

    test("every term and type page with releases has its own feed, and nothing else does", () => {
      const listDirs = publicPages
        .filter((p) => /^(crime-areas|target-groups|types)\/[^/]+\/index\.html$/.test(p))
        .map((p) => p.replace(/index\.html$/, ""));
      const feedDirs = files.filter((f) => /^(crime-areas|target-groups|types)\/.+\/feed\.xml$/.test(f)).map((f) => f.replace(/feed\.xml$/, ""));
      assert.deepEqual(feedDirs.sort(), listDirs.sort());
    });

    test("feed entries carry the full body with absolute URLs, the terms as categories and both dates", () => {
      const atom = read("crime-areas/drug-trafficking/feed.xml");
      const release = abs("/news/2026/11/port-seizure/");
      assert.ok(atom.includes(`href="${abs("/news/2026/11/appeal/")}"`), "relative link made absolute");
      assert.ok(atom.includes(`href="${abs("/news/")}"`));
      assert.ok(atom.includes(`href="${release}#main"`), "fragment made absolute against the release");
      assert.ok(atom.includes("with a CDATA end ]]&gt; twice"), "a CDATA end in the body cannot cut the feed");
      assert.match(atom, new RegExp(`src="${abs("/img/")}[\\w-]+-400\\.jpeg"`), "image made absolute");
      assert.match(atom, /<category scheme="https:\/\/fixture\.example\/(newsroom\/)?crime-areas\/" term="Fraud &amp; &quot;scams&quot; &lt;online(>|&gt;)"\/>/);
      assert.match(atom, /<published>2026-11-29T09:00:00.000Z<\/published>/);
      assert.doesNotMatch(atom, /Draft not published/);
      const json = JSON.parse(read("feed.json")) as { items: { id: string; tags?: string[]; date_modified: string }[] };
      // The statement dated after the build time is scheduled: not in any feed yet (issue #10).
      assert.equal(json.items[0]?.id, abs("/news/2026/11/port-seizure/"));
      assert.ok(!json.items.some((i) => i.id === abs("/news/2026/12/scheduled-statement/")));
      assert.deepEqual(json.items.find((i) => i.id === release)?.tags, ["Drug trafficking", "Press"]);
      assert.equal(json.items.find((i) => i.id === abs("/news/2025/01/release-3-of-2025/"))?.date_modified, "2026-01-05T00:00:00.000+01:00");
    });

    test("term, type and news pages link their feed in the head and visibly in the page", () => {
      for (const [page, feed] of [
        ["crime-areas/drug-trafficking/index.html", "crime-areas/drug-trafficking/feed.xml"],
        ["crime-areas/drug-trafficking/page/1/index.html", "crime-areas/drug-trafficking/feed.xml"],
        ["types/speech/index.html", "types/speech/feed.xml"],
        ["news/index.html", "feed.xml"],
      ] as const) {
        const document = pageDocument(site, page);
        const alternate = elements(document, (e) => e.name === "link" && e.attribs["rel"] === "alternate");
        assert.deepEqual(alternate.map((e) => [e.attribs["type"], e.attribs["href"]]), [["application/atom+xml", abs(feed)]], page);
        const visible = elements(document, (e) => e.name === "a" && e.attribs["href"] === `${pathPrefix}${feed}`);
        assert.ok(visible.some((a) => /Subscribe/.test(textOf(a))), `${page} shows a subscribe link`);
      }
      const home = elements(pageDocument(site, "index.html"), (e) => e.name === "link" && e.attribs["rel"] === "alternate");
      assert.deepEqual(home.map((e) => e.attribs["href"]), [abs("/feed.xml"), abs("/feed.json")]);
    });

    test("every page has lang, a self-referencing canonical (page 2+ too), a description and Open Graph tags", () => {
      const problems: string[] = [];
      for (const page of publicPages) {
        const document = pageDocument(site, page);
        const own = urlOfFile(site, page);
        const attr = (name: string, test: (e: { name: string; attribs: Record<string, string> }) => boolean) =>
          elements(document, test).map((e) => e.attribs[name]);
        if (!attr("lang", (e) => e.name === "html")[0]) problems.push(`${page}: no <html lang>`);
        const canonical = attr("href", (e) => e.name === "link" && e.attribs["rel"] === "canonical");
        if (canonical.length !== 1 || canonical[0] !== own) problems.push(`${page}: canonical ${canonical.join(", ")} is not ${own}`);
        const meta = (property: string) => attr("content", (e) => e.name === "meta" && (e.attribs["property"] === property || e.attribs["name"] === property));
        if (!meta("description")[0]) problems.push(`${page}: no meta description`);
        if (meta("og:url")[0] !== own) problems.push(`${page}: og:url is not ${own}`);
        for (const property of ["og:title", "og:type", "og:image"]) if (!meta(property)[0]) problems.push(`${page}: no ${property}`);
        if (!/^https:\/\//.test(meta("og:image")[0] ?? "")) problems.push(`${page}: og:image is not absolute`);
        if (/^news\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(page)) {
          for (const property of ["article:published_time", "article:modified_time"]) if (!meta(property)[0]) problems.push(`${page}: no ${property}`);
        }
      }
      assert.deepEqual(problems, []);
      // A release's terms reach machines as the NewsArticle's keywords and as rel="tag"
      // links; no article:tag repeats them (issue #15).
      const release = pageDocument(site, "news/2026/11/port-seizure/index.html");
      assert.deepEqual(jsonLd(release).find((d) => d["@type"] === "NewsArticle")?.["keywords"], ["Drug trafficking", "Press"]);
      assert.deepEqual(elements(release, (e) => e.name === "a" && e.attribs["rel"] === "tag").map(textOf), ["Drug trafficking", "Press"]);
      assert.deepEqual(elements(release, (e) => e.name === "meta" && e.attribs["property"] === "article:tag"), []);
    });

    test("structured data: NewsArticle on releases, CollectionPage and BreadcrumbList on lists, WebSite with SearchAction on the home page", () => {
      const article = jsonLd(pageDocument(site, "news/2026/11/port-seizure/index.html")).find((d) => d["@type"] === "NewsArticle");
      assert.ok(article);
      assert.equal(article["headline"], "Port seizure: 40 kg & a <boat>");
      assert.equal(article["datePublished"], "2026-11-29T10:00:00.000+01:00");
      assert.equal(article["dateModified"], "2026-11-29T10:00:00.000+01:00");
      const images = article["image"] as string[];
      assert.match(images[0]!, new RegExp(`^${abs("/img/")}[\\w-]+-400\\.jpeg$`), "the release's own image first");
      assert.deepEqual(images.slice(1), [abs("/assets/newsroom-card.png")]);
      assert.deepEqual(article["author"], [{ "@type": "Organization", name: "Fixture Agency", url: abs("/") }]);

      const list = jsonLd(pageDocument(site, "crime-areas/drug-trafficking/page/1/index.html"));
      const collection = list.find((d) => d["@type"] === "CollectionPage");
      assert.equal(collection?.["url"], abs("/crime-areas/drug-trafficking/page/1/"));
      assert.ok(list.some((d) => d["@type"] === "BreadcrumbList"));

      const website = jsonLd(pageDocument(site, "index.html")).find((d) => d["@type"] === "WebSite");
      const action = website?.["potentialAction"] as { target: { urlTemplate: string }; "query-input": string };
      assert.equal(action.target.urlTemplate, `${abs("/search/")}?q={search_term_string}`);
      assert.equal(action["query-input"], "required name=search_term_string");
    });

    test("the 404 page is noindex and offers search, the latest news and the archives, all rooted at the prefix", () => {
      const document = pageDocument(site, "404.html");
      assert.ok(elements(document, (e) => e.name === "meta" && e.attribs["name"] === "robots" && e.attribs["content"] === "noindex").length === 1);
      const forms = elements(document, (e) => e.name === "form" && e.attribs["action"] === `${pathPrefix}search/`);
      assert.equal(forms.length, 2, "header search and the page's own search");
      const hrefs = elements(document, (e) => e.name === "a").map((e) => e.attribs["href"] ?? "");
      for (const target of ["news/", "news/2026/", "crime-areas/", "types/", "news/2026/11/port-seizure/"]) {
        assert.ok(hrefs.includes(`${pathPrefix}${target}`), `404 links ${pathPrefix}${target}`);
      }
      // Served for any missing URL, so no link may be relative to it.
      assert.deepEqual(hrefs.filter((h) => !h.startsWith("/") && !h.startsWith("#") && !/^https?:/.test(h)), []);
      assert.equal(resolveInSite(site, `${pathPrefix}404.html`, site.baseUrl).kind, "file");
    });
  });
}

function textOf(element: { children: unknown[] }): string {
  return (element.children as { data?: string; children?: unknown[] }[])
    .map((child) => child.data ?? (child.children ? textOf(child as { children: unknown[] }) : ""))
    .join("");
}

function jsonLd(document: Document): Record<string, unknown>[] {
  return elements(document, (e) => e.name === "script" && e.attribs["type"] === "application/ld+json").map(
    (e) => JSON.parse(textOf(e)) as Record<string, unknown>,
  );
}
