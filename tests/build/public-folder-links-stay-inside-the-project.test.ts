import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { ContentError } from "../../lib/errors.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { projectRoot, runScript } from "../support/run-script.ts";

function siteWithPublic() {
  const site = makeFixtureSite({}, { "one.md": { title: "One", date: "2025-01-01" } });
  const publicDir = path.join(site.root, "public");
  cpSync(path.join(projectRoot, "public"), publicDir, { recursive: true });
  return { site, publicDir };
}

test("a link in public/ to a file outside the project is refused by build and check, naming the link", async () => {
  const { site, publicDir } = siteWithPublic();
  try {
    symlinkSync("/etc/passwd", path.join(publicDir, "leak.txt"));
    await assert.rejects(buildSite({ contentDir: site.contentDir, publicDir, outDir: site.outDir }), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.match(error.message, /public\/leak\.txt: public: is a link to \/etc\/passwd, outside the project; everything in public\/ is published/);
      return true;
    });
    assert.ok(!existsSync(site.outDir), "nothing was published");

    const check = await runScript("check", ["--content", site.contentDir, "--public", publicDir]);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /leak\.txt: public: is a link to \/etc\/passwd/);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a link in public/ to a file inside the project is published with that file's content", async () => {
  const { site, publicDir } = siteWithPublic();
  try {
    mkdirSync(path.join(site.root, "docs"));
    writeFileSync(path.join(site.root, "docs", "press-kit.txt"), "press kit");
    symlinkSync(path.join(site.root, "docs", "press-kit.txt"), path.join(publicDir, "press-kit.txt"));
    await buildSite({ contentDir: site.contentDir, publicDir, outDir: site.outDir });
    assert.equal(readFileSync(path.join(site.outDir, "press-kit.txt"), "utf8"), "press kit");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a folder link in public/ that leads outside the project is refused too", async () => {
  const { site, publicDir } = siteWithPublic();
  try {
    symlinkSync("/etc", path.join(publicDir, "etc"));
    await assert.rejects(buildSite({ contentDir: site.contentDir, publicDir, outDir: site.outDir }), /public\/etc: public: is a link to \/etc, outside the project/);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
