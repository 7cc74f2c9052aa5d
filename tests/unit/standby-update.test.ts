/**
 * Bringing the standby up to date (lib/build/incremental/standby.ts) from what its
 * records list, without walking its page folders: what this build keeps stays, what it
 * writes again is replaced, and everything else the standby's records name is removed.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { applyOnto, buildFiles, extrasOf, filesUnder, keptFiles } from "../../lib/build/incremental/standby.ts";
import { tempFolder } from "../support/temp-folder.ts";

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

test("the standby ends up with the kept files and this build's, and nothing else its records name", () => {
  const root = tempFolder("newsroom-standby-");
  const standby = path.join(root, "standby");
  const staging = path.join(root, "staging");
  write(standby, {
    "news/2020/01/kept/index.html": "kept page",
    "news/2020/01/corrected/index.html": "old text",
    "news/2020/01/removed/index.html": "removed release",
    "news/page/9/index.html": "a list page the site no longer has",
    "sitemap-3.xml": "a sitemap the site no longer needs",
    "assets/site.css": "old stylesheet",
    "pagefind/pagefind-entry.json": "old entry",
    "pagefind/fragment/old.pf_fragment": "indexed again",
    "pagefind/shards/2/fragment/a.pf_fragment": "kept shard",
  });
  write(staging, {
    "news/2020/01/corrected/index.html": "new text",
    "news/2020/01/added/index.html": "added release",
    "assets/site.css": "new stylesheet",
    "pagefind/pagefind-entry.json": "new entry",
    "pagefind/fragment/new.pf_fragment": "indexed again",
  });
  const standbyOutputs = [{ segment: "", outputs: ["/news/2020/01/kept/", "/news/2020/01/corrected/", "/news/2020/01/removed/", "/news/page/9/"] }];
  const keep = keptFiles([{ segment: "", reusedPages: ["/news/2020/01/kept/"], reusedShards: [2] }]);

  const written = applyOnto(standby, staging, keep, buildFiles(standbyOutputs, ["sitemap-3.xml", "assets/site.css"]));

  assert.deepEqual(filesUnder(standby, "").sort(), [
    "assets/site.css",
    "news/2020/01/added/index.html",
    "news/2020/01/corrected/index.html",
    "news/2020/01/kept/index.html",
    "pagefind/fragment/new.pf_fragment",
    "pagefind/pagefind-entry.json",
    "pagefind/shards/2/fragment/a.pf_fragment",
  ]);
  assert.equal(readFileSync(path.join(standby, "news/2020/01/corrected/index.html"), "utf8"), "new text");
  assert.equal(readFileSync(path.join(standby, "assets/site.css"), "utf8"), "new stylesheet");
  // Folders left empty went with their files.
  assert.deepEqual(filesUnder(standby, "news").filter((file) => file.startsWith("news/page")), []);
  assert.throws(() => filesUnder(standby, "news/page"), { code: "ENOENT" });
  // What the records of this build must name besides its outputs.
  const outputs = [{ segment: "", outputs: ["/news/2020/01/kept/", "/news/2020/01/corrected/", "/news/2020/01/added/"] }];
  assert.deepEqual(extrasOf(written, outputs).sort(), ["assets/site.css"]);
});

test("a language's files and search folder are under its URL folder", () => {
  const files = buildFiles([{ segment: "", outputs: ["/news/"] }, { segment: "fr", outputs: ["/actualites/", "/feed.xml"] }], ["robots.txt"]);
  assert.deepEqual(files, { files: ["robots.txt", "news/index.html", "fr/actualites/index.html", "fr/feed.xml"], searchFolders: ["pagefind", "fr/pagefind"] });
  assert.deepEqual(extrasOf(["fr/feed.xml", "fr/pagefind/x", "fr/sitemap.xml", "pagefind/y"], [{ segment: "fr", outputs: ["/feed.xml"] }, { segment: "", outputs: [] }]), ["fr/sitemap.xml"]);
});
