import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";

test("a release becomes a page at /news/YYYY/MM/slug/ with escaped title and rendered body", async () => {
  const site = makeFixtureSite({}, {
    "a.md": {
      title: "<script>alert(1)</script> Port & harbour",
      date: "2015-09-11",
      crime_areas: ["Cyber-crime & fraud"],
      body: "Lead paragraph.\n\n## Details\n\n- one\n- two",
    },
  });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  const page = readFileSync(path.join(site.outDir, "news/2015/09/script-alert-1-script-port-and-harbour/index.html"), "utf8");
  assert.match(page, /<h1[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt; Port &amp; harbour<\/h1>/);
  assert.doesNotMatch(page, /<script>alert/);
  assert.match(page, /<time datetime="2015-09-11T00:00:00.000\+02:00">11 September 2015<\/time>/);
  assert.match(page, /<h2>Details<\/h2>/);
  assert.match(page, /<a class="chip" rel="tag" href="\/crime-areas\/cyber-crime-and-fraud\/">Cyber-crime &amp; fraud<\/a>/);
  // Breadcrumbs to its archives, above everything else in main, and as BreadcrumbList data.
  const trail = /<nav class="breadcrumbs" aria-label="Breadcrumb">[\s\S]*?<\/nav>/.exec(page)?.[0] ?? "";
  assert.deepEqual([...trail.matchAll(/href="([^"]+)">([^<]+)</g)].map((m) => `${m[2]} ${m[1]}`), ["Home /", "All news /news/", "2015 /news/2015/", "September /news/2015/09/"]);
  assert.ok(page.indexOf('class="breadcrumbs"') < page.indexOf("<h1"));
  // JSON-LD escapes "<" so the title cannot close its script element.
  assert.match(page, /"@type":"BreadcrumbList","itemListElement":\[.*"position":5,"name":"\\u003cscript>alert\(1\)\\u003c\/script> Port & harbour"/);
});
