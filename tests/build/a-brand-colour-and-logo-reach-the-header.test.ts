import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { contrastRatio } from "../../lib/branding/contrast.ts";
import { ConfigError } from "../../lib/errors.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";

const release = { "a.md": { title: "Harbour patrol results", date: "2026-11-02" } };

test("a brand colour and logo from site.json reach every page's header, through a stylesheet the CSP allows", async () => {
  const site = makeFixtureSite({ brand: { colour: "#6B1F5C", logo: { src: "/assets/logo.svg", width: 120, height: 40 } } }, release);
  const publicDir = path.join(site.root, "public");
  mkdirSync(path.join(publicDir, "assets"), { recursive: true });
  writeFileSync(path.join(publicDir, "assets", "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"/>');
  try {
    await buildSite({ contentDir: site.contentDir, publicDir, outDir: site.outDir });
    const css = readFileSync(path.join(site.outDir, "assets/brand.css"), "utf8");
    assert.match(css, /--bar:#6b1f5c;--accent:#6b1f5c/);
    for (const page of ["index.html", "news/2026/11/harbour-patrol-results/index.html", "search/index.html"]) {
      const html = readFileSync(path.join(site.outDir, page), "utf8");
      assert.match(html, /<link rel="stylesheet" href="\/assets\/brand.css">/, page);
      assert.match(html, /<a class="site-name" href="\/"><img class="site-name__logo" src="\/assets\/logo.svg" alt="" width="120" height="40">Fixture Newsroom<\/a>/, page);
      assert.doesNotMatch(html, /style="/, `${page} needs no inline style`);
    }
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("without a brand the site writes no brand stylesheet and no logo", async () => {
  const site = makeFixtureSite({}, release);
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    assert.doesNotMatch(readFileSync(path.join(site.outDir, "index.html"), "utf8"), /brand\.css|site-name__logo/);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a brand colour too light for white text or for links on white is refused with its contrast", async () => {
  assert.ok(Math.abs(contrastRatio("#000000", "#ffffff") - 21) < 1e-9);
  assert.ok(Math.abs(contrastRatio("#0b4f8a", "#ffffff") - contrastRatio("#ffffff", "#0b4f8a")) < 1e-9);
  const site = makeFixtureSite({ brand: { colour: "#ffb000" } }, release);
  try {
    await assert.rejects(buildSite({ contentDir: site.contentDir, outDir: site.outDir }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /brand\.colour: #ffb000 on white \(and white on #ffb000\) has a contrast of 1\.\d\d:1, below the 4\.5:1 WCAG AA asks of text; choose a darker shade/);
      return true;
    });
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
