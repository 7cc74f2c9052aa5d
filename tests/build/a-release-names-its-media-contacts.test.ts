import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { htmlProblems } from "../support/html-validation.ts";

// Issue #11: media contacts from site.json on release pages and in the footer; joint releases.
const contacts = [
  { key: "press-office", name: "Press office", phone: "+31 20 555 0100", email: "press@fixture.example", hours: "Every day, 24 hours", default: true },
  { key: "duty-cyber", name: "Mira <Jansen>", role: "Duty press officer, cyber-crime", phone: "+31 (0)20 555-0142", email: "cyber@fixture.example" },
];

test("a release page names its own contacts, else the press office, with tel: and mailto: links outside the indexed article", async () => {
  const site = makeFixtureSite({ contacts }, {
    "own.md": { title: "Invoice fraud warning", date: "2026-02-19", contacts: ["duty-cyber"] },
    "plain.md": { title: "Road checks", date: "2026-02-20" },
    "joint.md": { title: "Joint patrols", date: "2026-02-21", author: ["Fixture Agency", "Harbour Customs & Excise"] },
  });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  const read = (slug: string) => readFileSync(path.join(site.outDir, `news/2026/02/${slug}/index.html`), "utf8");
  const block = (page: string) => /<section class="contacts" aria-labelledby="contacts-heading">[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";

  const own = read("invoice-fraud-warning");
  const ownBlock = block(own);
  assert.match(ownBlock, /<h2 id="contacts-heading">Media enquiries<\/h2>/);
  assert.match(ownBlock, /<strong>Mira &lt;Jansen&gt;<\/strong><br>Duty press officer, cyber-crime/);
  assert.match(ownBlock, /<a href="tel:\+31205550142">\+31\u00a0\(0\)20\u00a0555\u20110142<\/a>/);
  assert.match(ownBlock, /<a href="mailto:cyber@fixture\.example">cyber@fixture\.example<\/a>/);
  assert.doesNotMatch(ownBlock, /Press office/, "a release's own contacts replace the default");
  // Outside the article that Pagefind indexes, before the related releases.
  assert.ok(own.indexOf("</article>") < own.indexOf('class="contacts"'));
  assert.doesNotMatch(/<article[\s\S]*<\/article>/.exec(own)?.[0] ?? "", /555|mailto:/);

  const plainBlock = block(read("road-checks"));
  assert.match(plainBlock, /<strong>Press office<\/strong><br>Phone <a href="tel:\+31205550100">\+31\u00a020\u00a0555\u00a00100<\/a><br>Email <a href="mailto:press@fixture\.example">press@fixture\.example<\/a><br>Every day, 24 hours<\/p>/);

  // The footer of every page names the press office.
  const footer = '<p class="site-footer__contact">Media enquiries: Press office, <a href="tel:+31205550100">+31\u00a020\u00a0555\u00a00100</a>, <a href="mailto:press@fixture.example">press@fixture.example</a></p>';
  for (const file of ["index.html", "news/index.html", "search/index.html", "news/2026/02/road-checks/index.html"]) {
    assert.ok(readFileSync(path.join(site.outDir, file), "utf8").includes(footer), `footer of ${file}`);
  }

  // A joint release says who issued it, and its structured data names them as authors.
  const joint = read("joint-patrols");
  assert.match(joint, /<p class="release__author">Issued jointly by Fixture Agency and Harbour Customs &amp; Excise<\/p>/);
  const article = JSON.parse(/<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"NewsArticle"[\s\S]*?)<\/script>/.exec(joint)?.[1] ?? "{}") as Record<string, unknown>;
  assert.deepEqual(article["author"], [
    { "@type": "Organization", name: "Fixture Agency", url: "https://fixture.example/" },
    { "@type": "Organization", name: "Harbour Customs & Excise" },
  ]);
  assert.equal((article["publisher"] as { name: string }).name, "Fixture Agency");
  const single = JSON.parse(/<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"NewsArticle"[\s\S]*?)<\/script>/.exec(own)?.[1] ?? "{}") as Record<string, unknown>;
  assert.deepEqual(single["author"], [{ "@type": "Organization", name: "Fixture Agency", url: "https://fixture.example/" }]);
  assert.doesNotMatch(own, /Issued/);

  const pages = ["invoice-fraud-warning", "road-checks", "joint-patrols"].map((slug) => `news/2026/02/${slug}/index.html`);
  assert.deepEqual(await htmlProblems(site.outDir, [...pages, "index.html"]), []);
});

test("without contacts in site.json there is no block and no footer line", async () => {
  const site = makeFixtureSite({}, { "a.md": { title: "Road checks", date: "2026-02-20" } });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  const page = readFileSync(path.join(site.outDir, "news/2026/02/road-checks/index.html"), "utf8");
  assert.doesNotMatch(page, /Media enquiries|class="contacts"|tel:/);
});
