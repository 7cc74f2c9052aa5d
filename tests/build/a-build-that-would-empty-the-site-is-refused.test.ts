import assert from "node:assert/strict";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { BuildError, ConfigError } from "../../lib/errors.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { runScript } from "../support/run-script.ts";

const four = Object.fromEntries([1, 2, 3, 4].map((i) => [`r-${i}.md`, { title: `Release number ${i}`, date: `2025-01-0${i}` }]));

test("a missing releases folder is an error, and the live site stays", async () => {
  const site = makeFixtureSite({}, four);
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    renameSync(path.join(site.contentDir, "releases"), path.join(site.contentDir, "releases-old"));
    await assert.rejects(buildSite({ contentDir: site.contentDir, outDir: site.outDir }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /releases does not exist, so there is nothing to publish/);
      return true;
    });
    assert.match(readFileSync(path.join(site.outDir, "index.html"), "utf8"), /Release number 4/);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a build that would drop most releases is refused unless --allow-shrink says it is intended", async () => {
  const site = makeFixtureSite({}, four);
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    for (const i of [1, 2, 3]) rmSync(path.join(site.contentDir, "releases", `r-${i}.md`));

    const refused = await runScript("build", ["--out", site.outDir, "--content", site.contentDir]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /This build would publish only 1 of them; the site in .* has 4\./);
    assert.match(refused.stderr, /npm run build -- --allow-shrink/);
    const firstPage = path.join(site.outDir, "news", "2025", "01", "release-number-1", "index.html");
    assert.ok(existsSync(firstPage), "the live site still has the release");

    const allowed = await runScript("build", ["--out", site.outDir, "--content", site.contentDir, "--allow-shrink"]);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.ok(!existsSync(firstPage), "the intended removal was published");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("an empty releases folder that would empty a live site is refused", async () => {
  const site = makeFixtureSite({}, four);
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    for (const i of [1, 2, 3, 4]) rmSync(path.join(site.contentDir, "releases", `r-${i}.md`));
    await assert.rejects(buildSite({ contentDir: site.contentDir, outDir: site.outDir }), (error: unknown) => error instanceof BuildError && /would publish no releases at all/.test(error.message));
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
