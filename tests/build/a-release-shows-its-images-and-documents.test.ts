import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { DateTime } from "luxon";
import { XMLParser } from "fast-xml-parser";
import { buildSite } from "../../lib/build/build-site.ts";
import { validateSite } from "../../lib/build/validate-site.ts";
import { formatProblem } from "../../lib/errors.ts";
import { fixtureJpeg, fixturePdf } from "../support/fixture-images.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";

const buildTime = "2026-12-01T12:00:00+01:00";
const page = "news/2026/11/harbour-watch-gets-two-new-boats/index.html";

async function mediaSite() {
  const site = makeFixtureSite({}, {
    "2026/2026-11-20-boats/index.md": {
      title: "Harbour watch gets two new boats",
      date: "2026-11-20",
      image: { src: "boat.jpg", alt: "A patrol boat at the quay", caption: "One of the new boats.", credit: "Fixture Agency" },
      attachments: [{ file: "plan.pdf", title: "Harbour watch plan 2027" }, { file: "/media/rules.pdf", title: "Harbour rules" }],
      body: "The boats arrive this week.\n\n![A chart of patrols per month](chart.jpg \"Patrols per month, 2026\")\n\nMore text with an inline ![map of the harbour](/media/map.jpg) in it.\n",
    },
    "2026/2026-11-21-draft/index.md": { title: "A draft with its photo", date: "2026-11-21", draft: true, image: { src: "secret.jpg", alt: "Not yet" } },
  });
  const bundle = "2026/2026-11-20-boats";
  site.writeRaw(`${bundle}/boat.jpg`, await fixtureJpeg(2000, 1200));
  site.writeRaw(`${bundle}/chart.jpg`, await fixtureJpeg(900, 500, "#884422"));
  site.writeRaw(`${bundle}/plan.pdf`, fixturePdf("Harbour watch plan"));
  site.writeRaw("2026/2026-11-21-draft/secret.jpg", await fixtureJpeg(800, 600, "#000000"));
  mkdirSync(path.join(site.contentDir, "media"), { recursive: true });
  writeFileSync(path.join(site.contentDir, "media", "map.jpg"), await fixtureJpeg(600, 600, "#226644"));
  writeFileSync(path.join(site.contentDir, "media", "rules.pdf"), Buffer.concat([fixturePdf("Rules"), Buffer.alloc(2_400_000, 32)]));
  return site;
}

test("a release's lead image, figure, inline image and documents: pictures with sizes, a figure, a Documents list, enclosures, cards and NewsArticle crops", async () => {
  const site = await mediaSite();
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, log: () => undefined });
    const html = readFileSync(path.join(site.outDir, page), "utf8");
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    assert.equal(imgs.length, 3, "lead image, figure, inline image");
    for (const img of imgs) {
      assert.match(img, / width="\d+" height="\d+"/, "every image reserves its box");
      assert.match(img, / srcset="[^"]+ 480w/, "every image has a srcset");
    }
    assert.match(imgs[0]!, /alt="A patrol boat at the quay" fetchpriority="high"/, "the lead image loads at once");
    assert.match(imgs[1]!, /loading="lazy"/, "images below it load when scrolled to");
    assert.match(imgs[2]!, /width="600" height="600"/, "a small image is not upscaled");
    assert.equal((html.match(/<source type="image\/webp"/g) ?? []).length, 3, "a WebP source for each");
    assert.match(html, /<figure class="release__image"><picture>.*<\/picture><figcaption>One of the new boats\. <span class="release__credit">Photo: Fixture Agency<\/span><\/figcaption><\/figure>/);
    assert.match(html, /<figure class="figure"><picture>.*<\/picture><figcaption>Patrols per month, 2026<\/figcaption><\/figure>/);
    assert.doesNotMatch(html, /<p><figure/, "a figure is not inside a paragraph");
    assert.match(html, /<a href="\/news\/2026\/11\/harbour-watch-gets-two-new-boats\/plan\.pdf" type="application\/pdf">Harbour watch plan 2027<span class="documents-list__meta"> \(PDF, \d+ bytes\)<\/span><\/a>/);
    assert.match(html, /<a href="\/media\/rules\.pdf" type="application\/pdf">Harbour rules<span class="documents-list__meta"> \(PDF, 2\.4 MB\)<\/span><\/a>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/release-extras\.css">/, "the styles of images and documents (issue #15)");

    // Every URL the page names exists in the build.
    for (const [, url] of html.matchAll(/(?:src|href)="(\/(?:img|media|news\/2026\/11\/harbour)[^"]*)"/g)) {
      assert.ok(existsSync(path.join(site.outDir, url!.replace(/\/$/, "/index.html"))), `${url} is published`);
    }
    const card = /<meta property="og:image" content="https:\/\/fixture\.example(\/img\/[^"]+-16x9-1200\.jpeg)">/.exec(html)?.[1];
    assert.ok(card, "the social card is the lead image's 16:9 crop");
    assert.match(html, /<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="675">/);
    const article = JSON.parse(/<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"NewsArticle".*?)<\/script>/.exec(html)![1]!) as { image: string[] };
    assert.deepEqual(article.image.slice(0, 3).map((url) => /-(16x9|4x3|1x1)-\d+\.jpeg$/.exec(url)?.[1]), ["16x9", "4x3", "1x1"]);

    const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(readFileSync(path.join(site.outDir, "feed.xml"), "utf8")) as { feed: { entry: { link: unknown } | { link: unknown }[] } };
    const entry = ([] as { link: unknown }[]).concat(atom.feed.entry)[0]!;
    const enclosures = ([] as { rel?: string; href: string; length: string }[]).concat(entry.link as never).filter((link) => link.rel === "enclosure");
    assert.deepEqual(enclosures.map((e) => [e.href, Number(e.length)]), [
      ["https://fixture.example/news/2026/11/harbour-watch-gets-two-new-boats/plan.pdf", statSync(path.join(site.outDir, "news/2026/11/harbour-watch-gets-two-new-boats/plan.pdf")).size],
      ["https://fixture.example/media/rules.pdf", statSync(path.join(site.outDir, "media/rules.pdf")).size],
    ]);

    // The draft's photo is not published, and no other file of the bundle is.
    const published = readdirSync(path.join(site.outDir, "img"));
    assert.ok(published.every((name) => html.includes(name)), "every rendition belongs to the published release");
    assert.ok(!existsSync(path.join(site.outDir, "news/2026/11/harbour-watch-gets-two-new-boats/boat.jpg")), "a processed image's original is not published");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a second build encodes no image again: renditions come from the cache", async () => {
  const site = await mediaSite();
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, log: () => undefined });
    const cache = path.join(`${site.outDir}.builds`, "images");
    const stamps = new Map(readdirSync(cache).map((name) => [name, statSync(path.join(cache, name)).mtimeMs]));
    assert.ok(stamps.size >= 10);
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, clean: true, log: () => undefined });
    for (const [name, mtime] of stamps) assert.equal(statSync(path.join(cache, name)).mtimeMs, mtime, `${name} was not encoded again`);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a missing file, an image without alt text, a relative file in a single-file release and a document as an image are check errors with file and line", () => {
  const site = makeFixtureSite({}, {
    "2026/plain.md": { title: "Plain", date: "2026-11-01", body: "First line.\n\n![A photo](photo.jpg)\n" },
    "2026/2026-11-02-folder/index.md": {
      title: "Folder",
      date: "2026-11-02",
      image: { src: "lead.jpg", alt: "Lead" },
      attachments: [{ file: "report.pdf", title: "Report" }],
      body: "Text.\n\nA line\n![](/media/chart.png)\n\n![Notes](notes.pdf)\n\n![Broken](broken.jpg) ![Logo](https://other.example/logo.png)\n",
    },
  });
  site.writeRaw("2026/2026-11-02-folder/notes.pdf", fixturePdf());
  site.writeRaw("2026/2026-11-02-folder/lead.jpeg", "not really");
  site.writeRaw("2026/2026-11-02-folder/broken.jpg", "not a JPEG at all");
  const problems = validateSite({ contentDir: site.contentDir, publicDir: path.join(site.root, "public"), buildTime: DateTime.fromISO(buildTime) }).problems.map(formatProblem);
  const find = (pattern: RegExp) => assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join("\n")}`);
  find(/2026\/plain\.md:7: body: "photo\.jpg" is a file beside the release, but the release is a single file\. Put the file in content\/media\/ and write \/media\/photo\.jpg, or make the release a folder: move plain\.md to plain\/index\.md/);
  find(/2026-11-02-folder\/index\.md:5: image\.src: the file .*2026-11-02-folder\/lead\.jpg does not exist; did you mean "lead\.jpeg"\? Otherwise add it or correct the name/);
  find(/2026-11-02-folder\/index\.md:8: attachments\[1\]\.file: the file .*report\.pdf does not exist; add it or correct the name/);
  find(/2026-11-02-folder\/index\.md:14: body: the image "\/media\/chart\.png" has no description; write what it shows between the brackets/);
  find(/2026-11-02-folder\/index\.md:14: body: the file .*media\/chart\.png does not exist/);
  find(/2026-11-02-folder\/index\.md:16: body: .*notes\.pdf is not an image the build can encode; save it as JPEG, PNG or WebP/);
  find(/2026-11-02-folder\/index\.md:18: body: .*broken\.jpg could not be read as an image .*save it again as JPEG or PNG/);
  find(/2026-11-02-folder\/index\.md:18: warning: body: the image https:\/\/other\.example\/logo\.png is on another website/);
});
