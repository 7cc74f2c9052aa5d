/**
 * The sample newsroom (content/) as shipped: every page passes html-validate, nothing
 * links to a missing file, the home page reaches every public page, and every feed
 * and sitemap is well-formed with its spec's required fields.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { loadSiteConfig } from "../../lib/config/site-config.ts";
import { brokenLinks, crawl, isRedirectPage, siteFiles, urlOfFile, type BuiltSite } from "../support/built-site.ts";
import { atomProblems, jsonFeedProblems, newsSitemapContents, sitemapContents } from "../support/feed-spec.ts";
import { htmlProblems } from "../support/html-validation.ts";
import { tempFolder } from "../support/temp-folder.ts";

const contentDir = path.resolve(import.meta.dirname, "../../content");

describe("the sample newsroom", () => {
  const config = loadSiteConfig(path.join(contentDir, "site.json"));
  const site: BuiltSite = { outDir: path.join(tempFolder("newsroom-sample-"), "_site"), baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
  let files: string[] = [];
  let pages: string[] = [];
  let publicPages: string[] = [];
  const read = (file: string) => readFileSync(path.join(site.outDir, file), "utf8");

  before(async () => {
    await buildSite({ contentDir, outDir: site.outDir, buildTime: "2026-11-30T12:00:00+01:00" });
    files = siteFiles(site);
    pages = files.filter((f) => f.endsWith(".html"));
    // The pages at old addresses (aliases, site.json redirects) only send readers on; the
    // editor (/admin/, issue #12) is for editors, linked from nowhere, disallowed to crawlers.
    publicPages = pages.filter((p) => p !== "404.html" && p !== "admin/index.html" && !isRedirectPage(site, p));
  });

  test("every page passes html-validate", async () => {
    assert.deepEqual(await htmlProblems(site.outDir, pages), []);
  });

  test("no page links to a missing file, and the home page reaches every public page", () => {
    assert.deepEqual(brokenLinks(site, pages), []);
    const reached = crawl(site, ["index.html"]);
    // A withdrawn release is reached from search engines and old links only, by design.
    const withdrawn = publicPages.filter((p) => read(p).includes('class="withdrawn-notice"'));
    assert.equal(withdrawn.length, 1, "the sample has one withdrawn release");
    assert.deepEqual(publicPages.filter((p) => !reached.has(p) && !withdrawn.includes(p)), []);
  });

  test("the sitemap lists exactly the public pages; feeds and the news sitemap meet their specs", () => {
    // Each language lists its own pages (issue #14): the sample publishes in English, French and Arabic.
    const locs: string[] = [];
    for (const folder of ["", "fr/", "ar/"]) {
      const sitemap = sitemapContents(`${folder}sitemap.xml`, read(`${folder}sitemap.xml`));
      assert.deepEqual(sitemap.problems, []);
      locs.push(...sitemap.locs);
      assert.deepEqual(newsSitemapContents(`${folder}news-sitemap.xml`, read(`${folder}news-sitemap.xml`)).problems, []);
      assert.deepEqual(jsonFeedProblems(`${folder}feed.json`, read(`${folder}feed.json`)), []);
    }
    assert.deepEqual(locs.sort(), publicPages.map((p) => urlOfFile(site, p)).sort());
    const feeds = files.filter((f) => f.endsWith("feed.xml"));
    assert.ok(feeds.length > 20, `a feed per term and type, got ${feeds.length}`);
    assert.deepEqual(feeds.flatMap((f) => atomProblems(f, read(f))), []);
    assert.deepEqual(jsonFeedProblems("feed.json", read("feed.json")), []);
  });
});
