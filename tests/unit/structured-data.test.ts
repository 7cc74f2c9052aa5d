import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { firstImageAlt, firstImageUrl } from "../../lib/html/first-image.ts";
import { breadcrumbList } from "../../lib/structured-data/breadcrumb-list.ts";
import { collectionPage } from "../../lib/structured-data/collection-page.ts";
import { newsArticle } from "../../lib/structured-data/news-article.ts";
import { publisherLogo } from "../../lib/structured-data/organization.ts";
import { webSite } from "../../lib/structured-data/website.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { makeRelease, testConfig } from "../support/release-factory.ts";

const urls = { absoluteUrl: (path: string) => `https://example.org/newsroom${path}`, absoluteAssetUrl: (path: string) => `https://example.org/newsroom${path}`, config: { language: "en" } };

test("BreadcrumbList: positions from 1, names and absolute URLs", () => {
  assert.deepEqual(breadcrumbList(urls, [{ label: "Home", path: "/" }, { label: "Crime areas", path: "/crime-areas/" }])["itemListElement"], [
    { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/newsroom/" },
    { "@type": "ListItem", position: 2, name: "Crime areas", item: "https://example.org/newsroom/crime-areas/" },
  ]);
});

test("BreadcrumbList: the last step, when it is the page itself, goes without a URL (Google takes the page's)", () => {
  const crumbs = [{ label: "Home", path: "/" }, { label: "Port seizure", path: "/news/2026/01/port-seizure/" }];
  assert.deepEqual(breadcrumbList(urls, crumbs, "/news/2026/01/port-seizure/")["itemListElement"], [
    { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/newsroom/" },
    { "@type": "ListItem", position: 2, name: "Port seizure" },
  ]);
  // A list's page 2 ends its trail at the list's first page: a different URL, so kept.
  assert.equal((breadcrumbList(urls, crumbs, "/news/2026/01/port-seizure/page/2/")["itemListElement"] as { item?: string }[])[1]!.item, "https://example.org/newsroom/news/2026/01/port-seizure/");
});

test("CollectionPage: its own URL (an older page too), positions within the page, the total where the page shows it", () => {
  const data = collectionPage(urls, {
    name: "Drugs – 3 to 9 May 2024", description: "d", path: "/drugs/page/2/", total: 45,
    items: [{ name: "a", path: "/news/a/" }, { name: "b", path: "/news/b/" }],
  });
  assert.equal(data["url"], "https://example.org/newsroom/drugs/page/2/");
  assert.deepEqual(data["mainEntity"], {
    "@type": "ItemList",
    numberOfItems: 45,
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "a", url: "https://example.org/newsroom/news/a/" },
      { "@type": "ListItem", position: 2, name: "b", url: "https://example.org/newsroom/news/b/" },
    ],
  });
  const older = collectionPage(urls, { name: "Drugs", description: "d", path: "/drugs/page/1/", items: [{ name: "a", path: "/news/a/" }] });
  assert.equal((older["mainEntity"] as Record<string, unknown>)["numberOfItems"], undefined);
});

test("WebSite: a SearchAction whose URL template fills the search page's q", () => {
  const data = webSite(urls, { title: "T", description: "D", language: "en", publisher: "P" });
  assert.deepEqual(data["potentialAction"], {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: "https://example.org/newsroom/search/?q={search_term_string}" },
    "query-input": "required name=search_term_string",
  });
  assert.deepEqual(data["publisher"], {
    "@type": "Organization",
    name: "P",
    url: "https://example.org/newsroom/",
    logo: { "@type": "ImageObject", url: "https://example.org/newsroom/assets/newsroom-logo.png", width: 512, height: 512 },
  });
});

test("NewsArticle: Google's article fields, the full headline, the release image before the site's", () => {
  const site = new Newsroom(testConfig({ image: "/card.png" }), [], "production");
  const release = { ...makeRelease({ title: `A ${"very ".repeat(30)}long headline`, date: "2026-01-02" }), updated: "2026-01-03T10:00:00.000+01:00" };
  const data = newsArticle(site, release, ["Drugs"], "https://fixture.example/news/2026/01/x/photo.jpg");
  assert.equal(data["headline"], release.title);
  assert.equal(data["datePublished"], release.date);
  assert.equal(data["dateModified"], "2026-01-03T10:00:00.000+01:00");
  assert.deepEqual(data["image"], ["https://fixture.example/news/2026/01/x/photo.jpg", "https://fixture.example/card.png"]);
  assert.deepEqual(data["author"], [{ "@type": "Organization", name: "Fixture Agency", url: "https://fixture.example/" }]);
  assert.equal(data["url"], `https://fixture.example${release.url}`);
  assert.equal(data["mainEntityOfPage"], undefined, "url names the page; Google no longer asks for mainEntityOfPage");
});

test("NewsArticle: the publisher has a logo, an ImageObject with an absolute URL under the path prefix", () => {
  const site = new Newsroom(testConfig({ pathPrefix: "/newsroom/" }), [], "production");
  const data = newsArticle(site, makeRelease({ title: "T", date: "2026-01-02" }), []);
  assert.deepEqual(data["publisher"], {
    "@type": "Organization",
    name: "Fixture Agency",
    url: "https://fixture.example/newsroom/",
    logo: { "@type": "ImageObject", url: "https://fixture.example/newsroom/assets/newsroom-logo.png", width: 512, height: 512 },
  });
});

test("NewsArticle: a joint release's author is its organisations, the publisher stays the publisher (issue #11)", () => {
  const site = new Newsroom(testConfig(), [], "production");
  const release = { ...makeRelease({ title: "Joint patrols", date: "2026-01-02" }), author: ["Fixture Agency", "Harbour Customs"] };
  const data = newsArticle(site, release, []);
  assert.deepEqual(data["author"], [
    { "@type": "Organization", name: "Fixture Agency", url: "https://fixture.example/" },
    { "@type": "Organization", name: "Harbour Customs" },
  ]);
  assert.equal((data["publisher"] as Record<string, unknown>)["name"], "Fixture Agency");
  const partner = newsArticle(site, { ...release, author: ["Harbour Customs"] }, []);
  assert.deepEqual(partner["author"], [{ "@type": "Organization", name: "Harbour Customs" }]);
  assert.equal((partner["publisher"] as Record<string, unknown>)["name"], "Fixture Agency");
});

test("the publisher logo is a file in public/ of the size the structured data states", () => {
  const png = readFileSync(path.join(import.meta.dirname, "../../public", publisherLogo.path));
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [publisherLogo.width, publisherLogo.height]);
  assert.ok(publisherLogo.width >= 112 && publisherLogo.height >= 112, "Google's minimum logo size");
});

test("the first body image becomes an absolute http(s) URL; data URIs and bodies without images give none", () => {
  const page = "https://example.org/news/2026/01/x/";
  assert.equal(firstImageUrl('<p><img src="a&amp;b.png" alt=""><img src="c.png" alt=""></p>', page), "https://example.org/news/2026/01/x/a&b.png");
  assert.equal(firstImageUrl('<img src="data:image/png;base64,AAAA" alt="">', page), undefined);
  assert.equal(firstImageUrl("<p>No image.</p>", page), undefined);
});

test("the alt text of the image firstImageUrl picks, decoded; none when it is empty or missing", () => {
  assert.equal(firstImageAlt('<p><img src="a.png" alt="Officers &amp; a &quot;boat&quot; &lt;3"><img src="b.png" alt="second"></p>'), 'Officers & a "boat" <3');
  assert.equal(firstImageAlt('<img alt="before src" src="a.png">'), "before src");
  assert.equal(firstImageAlt('<img src="a.png" alt="">'), undefined);
  assert.equal(firstImageAlt('<img src="a.png" data-alt="no">'), undefined);
  assert.equal(firstImageAlt("<p>No image.</p>"), undefined);
});
