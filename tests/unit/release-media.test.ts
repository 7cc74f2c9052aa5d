import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown } from "../../lib/markdown/create-markdown.ts";
import type { BodyEnv } from "../../lib/markdown/release-files.ts";
import { bodyFiles } from "../../lib/media/body-references.ts";
import { isDocumentLink } from "../../lib/media/file-references.ts";
import { fileTypeOf, formatFileSize } from "../../lib/media/file-types.ts";
import { resolveFile } from "../../lib/media/media-paths.ts";
import type { Picture } from "../../lib/html/picture.ts";

const md = createMarkdown({ allowHtml: false });

test("a body's images and linked documents are found with their file lines; pages, anchors and other sites are not", () => {
  const body = "Intro with [a report](report%20final.pdf#page=2) and [a page](/news/).\n\n![Chart](chart.png \"Title\")\n\nA line\nthen ![](/media/x.jpg) and [site](https://example.org/a.pdf) [anchor](#top) [other](../other/)\n";
  const found = bodyFiles(md, body, 10);
  assert.deepEqual(found.files.map((f) => [f.kind, f.ref, f.line]), [
    ["document", "report final.pdf", 10],
    ["image", "chart.png", 12],
    ["image", "/media/x.jpg", 15],
  ]);
  assert.deepEqual(found.missingAlt, [{ ref: "/media/x.jpg", line: 15 }]);
  assert.deepEqual(found.remote, []);
  // A document named through a reference definition, in a body with no inline link or image.
  assert.deepEqual(bodyFiles(md, "See [the report][r].\n\n[r]: annual%20report.pdf\n", 1).files.map((f) => [f.ref, f.line]), [["annual report.pdf", 1]]);
  assert.deepEqual(bodyFiles(md, "Only [a page](/news/) and [a site](https://example.org/a.pdf).\n", 1).files, []);
  assert.deepEqual(bodyFiles(md, "No links at all.\n", 5), { files: [], missingAlt: [], remote: [] });
  assert.deepEqual(bodyFiles(md, "![Logo](https://other.example/logo.png)\n", 3).remote, [{ ref: "https://other.example/logo.png", line: 3 }]);
});

test("documents are links to files beside the release or in /media/, not to pages", () => {
  for (const href of ["plan.pdf", "data/figures.xlsx", "/media/logo.png", "/media/sub/folder/file"]) assert.ok(isDocumentLink(href), href);
  for (const href of ["/news/2026/", "other.html", "https://x.example/a.pdf", "mailto:a@b.example", "#x", "../other/", "/assets/site.css"]) assert.ok(!isDocumentLink(href), href);
});

test("a reference resolves beside a release folder or in the media folder, and is refused elsewhere with the fix", () => {
  const where = { contentDir: "/site/content", root: "/site" };
  const bundle = { sourcePath: "content/releases/2026/2026-03-12-report/index.md", url: "/news/2026/03/report/" };
  assert.deepEqual(resolveFile(bundle, "figures/chart.png", where), { source: "/site/content/releases/2026/2026-03-12-report/figures/chart.png", published: "/news/2026/03/report/figures/chart.png" });
  assert.deepEqual(resolveFile(bundle, "/media/logo.png", where), { source: "/site/content/media/logo.png", published: "/media/logo.png" });
  assert.match((resolveFile(bundle, "../other/x.png", where) as { problem: string }).problem, /points outside the release's folder/);
  assert.match((resolveFile(bundle, "/media/../site.json", where) as { problem: string }).problem, /does not name a file inside content\/media\//);
  assert.match((resolveFile(bundle, "/assets/x.png", where) as { problem: string }).problem, /put it in content\/media\/ and write \/media\/x\.png/);
  const plain = { sourcePath: "content/releases/2026/2026-03-12-report.md", url: "/news/2026/03/report/" };
  assert.match((resolveFile(plain, "chart.png", where) as { problem: string }).problem, /move 2026-03-12-report\.md to 2026-03-12-report\/index\.md/);
});

test("download sizes read as a reader's operating system shows them, types by extension", () => {
  assert.equal(formatFileSize(900, "en-GB"), "900 bytes");
  assert.equal(formatFileSize(540_200, "en-GB"), "540 KB");
  assert.equal(formatFileSize(2_345_678, "en-GB"), "2.3 MB");
  assert.equal(formatFileSize(23_456_789, "en-GB"), "23 MB");
  assert.equal(formatFileSize(2_345_678, "de-DE"), "2,3 MB");
  assert.deepEqual(fileTypeOf("Report.PDF"), { label: "PDF", mime: "application/pdf" });
  assert.equal(fileTypeOf("data.xyz").label, "XYZ");
});

const picture = (alt: string): Picture => ({
  alt,
  sources: [{ type: "image/webp", renditions: [{ url: "/p/img/h-480.webp", width: 480, height: 300 }, { url: "/p/img/h-800.webp", width: 800, height: 500 }] }],
  fallback: [{ url: "/p/img/h-480.jpeg", width: 480, height: 300 }, { url: "/p/img/h-800.jpeg", width: 800, height: 500 }],
});

test("release images render as pictures: a titled image alone becomes a figure, only the page's first image loads at once, documents get their published URL", () => {
  const prefixed = createMarkdown({ allowHtml: false, pathPrefix: "/p/" });
  const env = (firstImageEager: boolean): BodyEnv => ({
    files: { picture: (ref, alt) => (ref === "missing.png" ? undefined : picture(alt)), documentUrl: (ref) => `/p/news/x/${ref}`, firstImageEager },
  });
  const html = prefixed.render("![Boat \"one\"](a.jpg \"The <boat>\")\n\nText ![Map](b.jpg) and [plan](plan.pdf) and [home](/news/).\n\n![Gone](missing.png)\n", env(true));
  assert.match(html, /^<figure class="figure"><picture><source type="image\/webp" srcset="\/p\/img\/h-480\.webp 480w, \/p\/img\/h-800\.webp 800w" sizes="[^"]+"><img src="\/p\/img\/h-800\.jpeg" srcset="[^"]+" sizes="[^"]+" width="800" height="500" alt="Boat &quot;one&quot;" fetchpriority="high" decoding="async"><\/picture><figcaption>The &lt;boat&gt;<\/figcaption><\/figure>\n/);
  assert.match(html, /<p>Text <picture>.*alt="Map" loading="lazy".*<\/picture> and <a href="\/p\/news\/x\/plan\.pdf">plan<\/a> and <a href="\/p\/news\/">home<\/a>\.<\/p>/);
  assert.match(html, /<p><img src="missing\.png" alt="Gone"><\/p>/, "an image the build does not know stays as written");
  assert.doesNotMatch(prefixed.render("![A](a.jpg)\n", env(false)), /fetchpriority/, "below a lead image the first body image is lazy");
  assert.equal(md.render("![A](a.jpg \"T\")\n"), '<p><img src="a.jpg" alt="A" title="T"></p>\n', "without a release's files nothing changes");
});
