/**
 * The preview renders pages on request from its model (lib/preview) instead of building
 * the site. It must show what a build of the same content writes: every file a
 * development build renders from a template is rendered the same, byte for byte, by the
 * preview's route table and the same templates, and nothing else is.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { decapBundleFiles } from "../../lib/cms/admin-files.ts";
import { importPageTemplates, PreviewModel } from "../../lib/preview/render-worker.ts";
import { siteFiles } from "../support/built-site.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { fixtureJpeg, fixturePdf } from "../support/fixture-images.ts";

const buildTime = "2026-12-01T12:00:00+01:00";

test("every file a development build renders, the preview renders the same; other paths are its 404 page", async () => {
  const site = makeFixtureSite({ redirects: [{ from: "/media-press/contact", to: "/" }], pathPrefix: "/newsroom/" }, {
    "harbour.md": { title: "Harbour patrol finds stolen boats", date: "2025-03-01", crime_areas: ["Theft"], aliases: ["/old/harbour"] },
    "ferry.md": { title: "Ferry terminal reopens", date: "2025-02-01", type: "news", target_groups: ["Citizens"], body: "A body with a [link](/news/) and a table:\n\n| a | b |\n|--:|---|\n| 1 | 2 |\n" },
    "speech.md": { title: "Chief's speech", date: "2024-05-01", type: "speech", draft: true },
    "later.md": { title: "A release scheduled for next week", date: "2026-12-08" },
    "withdrawn.md": { title: "Missing walker appeal", date: "2026-11-20", withdrawn: { date: "2026-11-27", reason: "Found safe." } },
    "old.md": { title: "An old release", date: "2012-06-01", crime_areas: ["Theft", "Burglary"] },
  });
  // A release folder with a lead image, a figure and a document, and one using the media folder (issue #11).
  site.write("2025-01-10-boats/index.md", {
    title: "Patrol boats join the harbour watch",
    date: "2025-01-10",
    image: { src: "boat.jpg", alt: "A patrol boat at the quay", caption: "The new boat.", credit: "Fixture Agency" },
    attachments: [{ file: "plan.pdf", title: "Harbour watch plan" }],
    body: "Text.\n\n![A chart of patrols](chart.jpg \"Patrols per month\")\n\nSee [the map](/media/map.jpg).\n",
  });
  site.writeRaw("2025-01-10-boats/boat.jpg", await fixtureJpeg(1400, 900));
  site.writeRaw("2025-01-10-boats/chart.jpg", await fixtureJpeg(900, 500, "#884422"));
  site.writeRaw("2025-01-10-boats/plan.pdf", fixturePdf());
  mkdirSync(path.join(site.contentDir, "media"), { recursive: true });
  writeFileSync(path.join(site.contentDir, "media", "map.jpg"), await fixtureJpeg(600, 600, "#226644"));
  const publicDir = path.join(site.root, "public");
  mkdirSync(path.join(publicDir, "assets"), { recursive: true });
  writeFileSync(path.join(publicDir, "assets", "site.css"), "body { margin: 0; }\n");
  try {
    await buildSite({ contentDir: site.contentDir, publicDir, outDir: site.outDir, buildTime, mode: "development", log: () => undefined });
    const model = new PreviewModel({ contentDir: site.contentDir, publicDir, buildTime, imageCacheDir: path.join(site.root, "preview-images") }, await importPageTemplates());
    assert.equal(model.update().error, undefined);

    const built = { outDir: site.outDir, baseUrl: "", pathPrefix: "/" };
    // public/ is served from the folder as it is; the search index comes from a background
    // build; Decap's bundle is copied, not rendered, and the editor is `npm run cms`'s.
    const decap = new Set(decapBundleFiles().files.map((file) => `admin/${file}`));
    const rendered = siteFiles(built).filter((file) => !file.startsWith("pagefind/") && !existsSync(path.join(publicDir, file)) && !decap.has(file));
    assert.ok(rendered.length > 40, `the fixture renders many kinds of file (${rendered.length})`);
    for (const kind of ["index.html", "news/index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "_headers", "_redirects", "old/harbour/index.html", "404.html", "assets/search.js", "media/map.jpg", "news/2025/01/patrol-boats-join-the-harbour-watch/plan.pdf"]) {
      assert.ok(rendered.includes(kind), `the build wrote ${kind}`);
    }
    assert.ok(rendered.filter((file) => file.startsWith("img/")).length >= 10, "the build wrote renditions and crops");
    for (const file of rendered) {
      const sitePath = `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
      const page = await model.render(sitePath);
      if (file.startsWith("img/") || file.endsWith(".pdf") || file.endsWith(".jpg")) {
        // Images and documents: the preview serves the bytes the build published.
        assert.equal(page.kind, "file", `${sitePath} is served as a file`);
        if (page.kind === "file") assert.ok((await readFile(page.file)).equals(await readFile(path.join(site.outDir, file))), `${sitePath} has the build's bytes`);
        continue;
      }
      assert.equal(page.kind, "page", `${sitePath} is rendered`);
      if (page.kind !== "page") continue;
      assert.equal(page.status, 200, sitePath);
      assert.equal(page.body, await readText(path.join(site.outDir, file)), `${sitePath} is what the build wrote`);
    }

    const missing = await model.render("/news/2030/01/no-such-release/");
    assert.equal(missing.kind === "page" && missing.status, 404);
    assert.equal(missing.kind === "page" && missing.body, await readText(path.join(site.outDir, "404.html")));
    assert.deepEqual(await model.render("/news"), { kind: "redirect", location: "/news/" });
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

function readText(file: string): Promise<string> {
  return readFile(file, "utf8");
}
