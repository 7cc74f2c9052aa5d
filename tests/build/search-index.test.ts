import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { buildSite } from "../../lib/build/build-site.ts";
import { BuildError } from "../../lib/errors.ts";
import { PagefindIndexer } from "../../lib/search/pagefind-indexer.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";

interface Fragment {
  readonly url: string;
  readonly content: string;
  readonly filters: Record<string, string[]>;
  readonly meta: Record<string, string>;
}

/** Every page record in a built Pagefind bundle (gzip, then a 12-byte signature, then JSON). */
function fragments(outDir: string, bundle = "pagefind"): Fragment[] {
  const dir = path.join(outDir, bundle, "fragment");
  return readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).subarray(12).toString("utf8")) as Fragment);
}

const releases = {
  "port.md": {
    title: "Cocaine found in banana crates",
    date: "2015-09-11T10:30:00+02:00",
    type: "news",
    summary: "Customs and police found 80 kilos, in crates, at the port.",
    crime_areas: ["Drug trafficking", "Smuggling"],
    target_groups: ["Press"],
    body: "Officers searched the container on Tuesday.",
  },
  "fraud.md": { title: "Phone fraud warning", date: "2016-01-02", crime_areas: ["Fraud"], body: "Do not share codes." },
};

test("the production build indexes each release with its taxonomy, type and year filters and its title, date, type and summary", async () => {
  const site = makeFixtureSite({}, releases);
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });

  // Each year its own shard here: the newest year is always a shard of its own.
  const records = [...fragments(site.outDir), ...fragments(site.outDir, "pagefind/shards/2")];
  assert.deepEqual(records.map((r) => r.url).sort(), ["/news/2015/09/cocaine-found-in-banana-crates/", "/news/2016/01/phone-fraud-warning/"]);
  const port = records.find((r) => r.url.includes("banana"))!;
  assert.deepEqual(port.filters, { crime_areas: ["Drug trafficking", "Smuggling"], target_groups: ["Press"], type: ["News"], year: ["2015"] });
  assert.deepEqual(port.meta, {
    title: "Cocaine found in banana crates",
    date: "2015-09-11T10:30:00.000+02:00",
    type: "News",
    summary: "Customs and police found 80 kilos, in crates, at the port.",
  });
  // The title and body are indexed; the type label, summary and term lists are not page text.
  assert.match(port.content, /^Cocaine found in banana crates\. Published 11 September 2015, 10:30 GMT\+2\. Officers searched the container on Tuesday\.$/);

  const page = readFileSync(path.join(site.outDir, "news/2015/09/cocaine-found-in-banana-crates/index.html"), "utf8");
  assert.match(page, /data-pagefind-sort="date:2015-09-11T08:30:00.000Z"/, "sorts on UTC, so daylight saving cannot reorder releases");
  assert.ok(existsSync(path.join(site.outDir, "pagefind/pagefind.js")));
  // Pagefind's ready-made interfaces and worker are not loaded by the site, so not published.
  // Nor is the word splitter for languages without a stemmer, when the index does not name it.
  for (const unused of ["pagefind-ui.js", "pagefind-component-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js", "wasm.unknown.pagefind"]) {
    assert.ok(!existsSync(path.join(site.outDir, "pagefind", unused)), unused);
  }
  assert.equal(records.length, 2, "list pages, the home page and the search page are not indexed");
});

test("with a shard size of one, each release has its own index, the oldest in Pagefind's own folder, and the search page lists the others", async () => {
  const site = makeFixtureSite({ search: { shardSize: 1 } }, { ...releases, "later.md": { title: "Harbour patrol results", date: "2017-05-06", body: "Boats." } });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir, pathPrefix: "/newsroom/" });

  const bundles = ["pagefind", "pagefind/shards/2", "pagefind/shards/3"];
  assert.deepEqual(bundles.map((bundle) => fragments(site.outDir, bundle).map((r) => r.url)), [
    ["/news/2015/09/cocaine-found-in-banana-crates/"],
    ["/news/2016/01/phone-fraud-warning/"],
    ["/news/2017/05/harbour-patrol-results/"],
  ]);
  assert.ok(!existsSync(path.join(site.outDir, "pagefind/shards/4")));
  // The search page loads pagefind.js from the first shard only; merged shards need none.
  assert.ok(existsSync(path.join(site.outDir, "pagefind/pagefind.js")));
  for (const bundle of bundles.slice(1)) assert.ok(!existsSync(path.join(site.outDir, bundle, "pagefind.js")), bundle);
  const page = readFileSync(path.join(site.outDir, "search/index.html"), "utf8");
  const config = JSON.parse(/data-search-config="([^"]*)"/.exec(page)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as { bundle: string; shards: string[]; siteRoot: string; firstShards?: unknown };
  assert.deepEqual([config.bundle, config.shards, config.siteRoot], ["/newsroom/pagefind/pagefind.js", ["/newsroom/pagefind/shards/2/", "/newsroom/pagefind/shards/3/"], "/newsroom/"]);
  // A first search shows the newest shard's results (half a shard's pages at most) before the others load.
  assert.deepEqual(config.firstShards, { count: 1, years: "2017" });
});

test("the dev server's build shows a draft but never indexes it", async () => {
  const site = makeFixtureSite({}, { ...releases, "draft.md": { title: "Unpublished raid", date: "2016-02-03", draft: true, body: "Secret." } });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir, mode: "development" });

  assert.ok(existsSync(path.join(site.outDir, "news/2016/02/unpublished-raid/index.html")), "the draft page is built for preview");
  assert.deepEqual(fragments(site.outDir).map((r) => r.url).filter((url) => url.includes("unpublished")), []);
});

test("the search page and its script are built, and under a path prefix the page loads Pagefind and links from the prefix", async () => {
  const site = makeFixtureSite({}, releases);
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir, pathPrefix: "/newsroom/" });

  const page = readFileSync(path.join(site.outDir, "search/index.html"), "utf8");
  const config = JSON.parse(/data-search-config="([^"]*)"/.exec(page)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as { bundle: string; groups: { name: string }[] };
  assert.equal(config.bundle, "/newsroom/pagefind/pagefind.js");
  assert.deepEqual(config.groups.map((g) => g.name), ["crime_areas", "target_groups", "type", "year"]);
  assert.match(page, /<form class="search-form" role="search" aria-label="Search releases" action="\/newsroom\/search\/" method="get"/);
  assert.match(page, /<script type="module" src="\/newsroom\/assets\/search\.js"><\/script>/);
  assert.match(page, /<noscript>[\s\S]*href="\/newsroom\/news\/"[\s\S]*href="\/newsroom\/crime-areas\/"[\s\S]*<\/noscript>/);
  const script = readFileSync(path.join(site.outDir, "assets/search.js"), "utf8");
  assert.ok(script.length > 1000 && script.length < 30_000, `search.js is ${script.length} bytes`);
  assert.doesNotMatch(script, /innerHTML/, "results are built from text nodes");
});

test("a Pagefind failure is a BuildError with Pagefind's message, not a hang", async () => {
  const indexer = await PagefindIndexer.start();
  await indexer.add("/a/", "<html lang='en'><body><article data-pagefind-body><h1>A</h1></article></body></html>");
  // A bundle folder inside a file cannot be created; the pagefind binary stops on it.
  await assert.rejects(indexer.finish("/proc/version/pagefind"), (error: unknown) => error instanceof BuildError && /Pagefind could not write the search index/.test(error.message));
});
