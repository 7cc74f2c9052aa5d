import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { releasePageWeight } from "../../bench/output-size.ts";

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

test("a release of 600 words with terms and related releases weighs under 20 KB with its stylesheets, and loads no script (issue #15)", async () => {
  const sentence = "Officers from the harbour unit searched three warehouses on the north quay after reports from residents about night-time deliveries.";
  const body = Array.from({ length: 6 }, (_, i) => `## Part ${i + 1}\n\n${Array<string>(6).fill(sentence).join(" ")}`).join("\n\n");
  const releases = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`r${i}.md`, {
    title: `Harbour unit searches warehouses on the north quay, part ${i + 1}`,
    date: `2026-0${1 + i}-1${i}`,
    summary: "Three warehouses on the north quay were searched after reports from residents.",
    crime_areas: ["Drug trafficking", "Burglary", "Cyber-crime & fraud"],
    target_groups: ["Citizens", "Press/Journalists"],
    body,
  }]));
  const site = makeFixtureSite({}, releases);
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    const weight = releasePageWeight(site.outDir);
    assert.equal(weight.pages, 7);
    assert.ok(body.split(/\s+/).length > 600);
    assert.ok(weight.maxPageBytes < 20 * 1024, `the heaviest release page with its CSS is ${weight.maxPageBytes} bytes (${weight.heaviestPage})`);
    assert.equal(weight.scripts, 0, "no script but JSON-LD data");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
