/**
 * Host configuration in the output (issue #10): `_redirects` and `_headers` for Netlify
 * and Cloudflare Pages, a redirect page at every old address for hosts that read
 * neither, and our static server serving the output the way those hosts would.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { ContentError } from "../../lib/errors.ts";
import { serveStatic, type RunningServer } from "../../lib/build/static-server.ts";
import { cacheControl } from "../../lib/hosting/headers-file.ts";
import { searchContentSecurityPolicy } from "../../lib/search/content-security-policy.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { htmlProblems } from "../support/html-validation.ts";

const releaseUrl = "/news/2015/09/port-seizure/";

describe("a site under /newsroom/ with a release alias and a site.json redirect", () => {
  const site = makeFixtureSite(
    { pathPrefix: "/newsroom/", redirects: [{ from: "/old-page", to: "/news/" }] },
    {
      "port-seizure.md": {
        title: "Port seizure",
        date: "2015-09-11",
        aliases: ["/media-press/newsroom/news/old-title", "/nieuws/café", "/archive/item42.html"],
      },
    },
  );
  const read = (file: string) => readFileSync(path.join(site.outDir, file), "utf8");
  let server: RunningServer;

  before(async () => {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: "2026-11-30T12:00:00+01:00" });
    server = await serveStatic(site.outDir, { pathPrefix: "/newsroom/" });
  });
  after(async () => {
    await server?.close();
    rmSync(site.root, { recursive: true, force: true });
  });

  test("_redirects has one 301 line per old address, prefixed and percent-encoded on both sides, sorted", () => {
    assert.deepEqual(read("_redirects").split("\n").filter((line) => line && !line.startsWith("#")), [
      `/newsroom/archive/item42.html /newsroom${releaseUrl} 301`,
      `/newsroom/media-press/newsroom/news/old-title /newsroom${releaseUrl} 301`,
      `/newsroom/nieuws/caf%C3%A9 /newsroom${releaseUrl} 301`,
      "/newsroom/old-page /newsroom/news/ 301",
    ]);
  });

  test("_headers gives every page the documented Content-Security-Policy, and caches only Pagefind's content-named files for good", () => {
    const headers = read("_headers");
    assert.ok(headers.includes(`/newsroom/*\n  Content-Security-Policy: ${searchContentSecurityPolicy}\n`));
    assert.ok(headers.includes(`/newsroom/pagefind/fragment/*\n  Cache-Control: ${cacheControl.immutable}\n`));
    assert.ok(headers.includes(`/newsroom/assets/*\n  Cache-Control: ${cacheControl.assets}\n`));
    assert.equal(headers.match(/immutable/g)?.length, 4, "fragment, index and filter of the one shard, and the image renditions");
  });

  test("each old address has a page that refreshes to the target, names it canonical, is noindex and links to it", async () => {
    const pages = ["media-press/newsroom/news/old-title/index.html", "nieuws/café/index.html", "archive/item42.html", "old-page/index.html"];
    for (const page of pages) assert.ok(existsSync(path.join(site.outDir, page)), page);
    const html = read("media-press/newsroom/news/old-title/index.html");
    assert.match(html, /<html lang="en">/);
    assert.ok(html.includes(`<meta http-equiv="refresh" content="0; url=/newsroom${releaseUrl}">`));
    assert.ok(html.includes(`<link rel="canonical" href="https://fixture.example/newsroom${releaseUrl}">`));
    assert.ok(html.includes(`<meta name="robots" content="noindex">`));
    assert.ok(html.includes(`This page has moved to <a href="/newsroom${releaseUrl}">https://fixture.example/newsroom${releaseUrl}</a>.`));
    assert.deepEqual(await htmlProblems(site.outDir, pages), []);
  });

  test("redirect pages are in no sitemap and not in the search index", () => {
    assert.doesNotMatch(read("sitemap.xml"), /old-title|old-page|item42|nieuws/);
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    assert.equal(entry.languages["en"]?.page_count, 1, "the release alone");
  });

  test("the static server answers an old address with a 301, as Cloudflare Pages does, and sends the headers of _headers", async () => {
    const moved = await fetch(`${server.url}media-press/newsroom/news/old-title/?ref=mail`, { redirect: "manual" });
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.get("location"), `/newsroom${releaseUrl}?ref=mail`);
    assert.equal((await fetch(`${server.url}nieuws/caf%C3%A9`, { redirect: "manual" })).headers.get("location"), `/newsroom${releaseUrl}`);

    const page = await fetch(new URL(`/newsroom${releaseUrl}`, server.url));
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-security-policy"), searchContentSecurityPolicy);
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.equal(page.headers.get("cache-control"), cacheControl.revalidate);
    const css = await fetch(`${server.url}assets/site.css`);
    assert.equal(css.headers.get("cache-control"), cacheControl.assets);
    for (const file of ["_headers", "_redirects"]) assert.equal((await fetch(`${server.url}${file}`)).status, 404, `${file} is read by the host, never served`);
  });
});

test("a _headers in public/ is refused before anything is written: the build writes its own", async () => {
  const site = makeFixtureSite({}, { "a.md": { title: "Port seizure", date: "2015-09-11" } });
  const publicDir = path.join(site.root, "public");
  mkdirSync(publicDir);
  writeFileSync(path.join(publicDir, "_headers"), "/*\n  X-Frame-Options: DENY\n");
  try {
    await assert.rejects(
      buildSite({ contentDir: site.contentDir, publicDir, outDir: site.outDir }),
      (error: unknown) => error instanceof ContentError && /public\/_headers: public: the build writes _headers itself/.test(error.message),
    );
    assert.equal(existsSync(site.outDir), false);
  } finally {
    rmSync(site.root, { recursive: true, force: true });
  }
});
