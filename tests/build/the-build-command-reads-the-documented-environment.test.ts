import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { runScript } from "../support/run-script.ts";

test("npm run build honours NEWSROOM_CONTENT_DIR, NEWSROOM_PATH_PREFIX and NEWSROOM_BUILD_TIME, and check reads the same content", async () => {
  const site = makeFixtureSite({}, { "env.md": { title: "Read from the environment", date: "2026-11-29T10:00:00+01:00" } });
  try {
    const env = { NEWSROOM_CONTENT_DIR: site.contentDir, NEWSROOM_PATH_PREFIX: "/newsroom/", NEWSROOM_BUILD_TIME: "2026-11-30T12:00:00+01:00" };
    const build = await runScript("build", ["--out", site.outDir], env);
    assert.equal(build.code, 0, build.stderr);
    assert.match(build.stdout, /Built 1 releases/);
    const home = readFileSync(path.join(site.outDir, "index.html"), "utf8");
    assert.match(home, /Read from the environment/);
    assert.match(home, /href="\/newsroom\/news\/2026\/11\/read-from-the-environment\/"/);
    // The news sitemap's two-day window is measured from the build time, not the clock.
    assert.match(readFileSync(path.join(site.outDir, "news-sitemap.xml"), "utf8"), /read-from-the-environment/);
    assert.ok(existsSync(path.join(site.outDir, "news", "2026", "11", "read-from-the-environment", "index.html")));

    const check = await runScript("check", [], env);
    assert.equal(check.code, 0, check.stderr);
    assert.match(check.stdout, new RegExp(`1 valid release in ${site.contentDir.replaceAll("/", "\\/")}`));
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
