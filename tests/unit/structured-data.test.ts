import assert from "node:assert/strict";
import { test } from "node:test";
import { firstImageUrl } from "../../lib/html/first-image.ts";
import { breadcrumbList } from "../../lib/structured-data/breadcrumb-list.ts";
import { collectionPage } from "../../lib/structured-data/collection-page.ts";
import { newsArticle } from "../../lib/structured-data/news-article.ts";
import { webSite } from "../../lib/structured-data/website.ts";
import { Newsroom } from "../../lib/site/newsroom.ts";
import { makeRelease, testConfig } from "../support/release-factory.ts";

const urls = { absoluteUrl: (path: string) => `https://example.org/newsroom${path}`, config: { language: "en" } };

test("BreadcrumbList: positions from 1, names and absolute URLs", () => {
  assert.deepEqual(breadcrumbList(urls, [{ label: "Home", path: "/" }, { label: "Crime areas", path: "/crime-areas/" }])["itemListElement"], [
    { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/newsroom/" },
    { "@type": "ListItem", position: 2, name: "Crime areas", item: "https://example.org/newsroom/crime-areas/" },
  ]);
});

test("CollectionPage: its own URL (page 2 too) and list positions that continue across pages", () => {
  const data = collectionPage(urls, {
    name: "Drugs – Page 2 of 3", description: "d", path: "/drugs/page/2/", firstPosition: 21, total: 45,
    items: [{ name: "a", path: "/news/a/" }, { name: "b", path: "/news/b/" }],
  });
  assert.equal(data["url"], "https://example.org/newsroom/drugs/page/2/");
  assert.deepEqual(data["mainEntity"], {
    "@type": "ItemList",
    numberOfItems: 45,
    itemListElement: [
      { "@type": "ListItem", position: 21, name: "a", url: "https://example.org/newsroom/news/a/" },
      { "@type": "ListItem", position: 22, name: "b", url: "https://example.org/newsroom/news/b/" },
    ],
  });
});

test("WebSite: a SearchAction whose URL template fills the search page's q", () => {
  const data = webSite(urls, { title: "T", description: "D", language: "en", publisher: "P" });
  assert.deepEqual(data["potentialAction"], {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: "https://example.org/newsroom/search/?q={search_term_string}" },
    "query-input": "required name=search_term_string",
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
});

test("the first body image becomes an absolute http(s) URL; data URIs and bodies without images give none", () => {
  const page = "https://example.org/news/2026/01/x/";
  assert.equal(firstImageUrl('<p><img src="a&amp;b.png" alt=""><img src="c.png" alt=""></p>', page), "https://example.org/news/2026/01/x/a&b.png");
  assert.equal(firstImageUrl('<img src="data:image/png;base64,AAAA" alt="">', page), undefined);
  assert.equal(firstImageUrl("<p>No image.</p>", page), undefined);
});
