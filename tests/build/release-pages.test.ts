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

test("a plain release page loads site.css alone; one with a table, a quotation, updates or a withdrawn notice also release-extras.css (issue #15)", async () => {
  const plain = { crime_areas: ["Fraud"], body: "Lead paragraph.\n\n## Details\n\n- one\n- two\n\nSee [the advice](https://example.org/advice)." };
  const site = makeFixtureSite({}, {
    "plain.md": { title: "Plain release", date: "2026-11-02", ...plain },
    "table.md": { title: "With a table", date: "2026-11-03", body: "| Area | Cases |\n| --- | ---: |\n| Port | 4 |" },
    "quote.md": { title: "With a quotation", date: "2026-11-04", body: "> Our words." },
    "updated.md": { title: "With updates", date: "2026-11-05", ...plain, changes: [{ date: "2026-11-06", note: "Corrected a name." }] },
    "withdrawn.md": { title: "Withdrawn appeal", date: "2026-11-07", ...plain, withdrawn: { date: "2026-11-08", reason: "Found safe." } },
  });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: "2026-12-01T12:00:00+01:00" });
  const stylesheets = (slug: string) => {
    const page = readFileSync(path.join(site.outDir, `news/2026/11/${slug}/index.html`), "utf8");
    return [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="print")?>/g)].filter((m) => !m[2]).map((m) => m[1]);
  };
  assert.deepEqual(stylesheets("plain-release"), ["/assets/site.css"]);
  for (const slug of ["with-a-table", "with-a-quotation", "with-updates", "withdrawn-appeal"]) {
    assert.deepEqual(stylesheets(slug), ["/assets/site.css", "/assets/release-extras.css"], slug);
  }
  const extras = readFileSync(path.join(site.outDir, "assets/release-extras.css"), "utf8");
  for (const selector of [".table-scroll", ".release__body blockquote", ".updates-list", ".withdrawn-notice", ".release__image", ".documents-list"]) {
    assert.ok(extras.includes(selector), selector);
  }
});
