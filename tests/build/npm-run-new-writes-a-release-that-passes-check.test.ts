import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { projectRoot, runScript } from "../support/run-script.ts";

// 1 December 2026, 17:58 in the fixture's zone (Europe/Amsterdam).
const buildTime = { NEWSROOM_BUILD_TIME: "2026-12-01T16:58:41Z" };
const checkTime = { NEWSROOM_BUILD_TIME: "2026-12-01T17:30:00Z" };
const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");

test("npm run new writes a draft release that npm run check accepts, and never overwrites it", async () => {
  const site = makeFixtureSite();
  const title = 'Police say: "stay home" tonight';
  const created = await runScript("new-release", [title, "--type", "news", "--content", site.contentDir], buildTime);
  assert.equal(created.code, 0, created.stderr);
  const file = path.join(site.contentDir, "releases/2026/2026-12-01-police-say-stay-home-tonight.md");
  assert.equal(created.stdout.trim(), shown(file));
  assert.match(readFileSync(file, "utf8"), /^---\ntitle: "Police say: \\"stay home\\" tonight"\ndate: 2026-12-01T17:58\+01:00 .*\ntype: news /);

  const check = await runScript("check", ["--content", site.contentDir], checkTime);
  assert.equal(check.code, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /1 valid release in .*; 0 errors, 0 warnings\./);

  const again = await runScript("new-release", [title, "--content", site.contentDir], buildTime);
  assert.equal(again.code, 1);
  assert.match(again.stderr, new RegExp(`${shown(file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} already exists; nothing was written\\..*--date`));
  // The same release as a folder would write the same page: refused too.
  const asBundle = await runScript("new-release", [title, "--bundle", "--content", site.contentDir], buildTime);
  assert.equal(asBundle.code, 1);
  assert.match(asBundle.stderr, /2026-12-01-police-say-stay-home-tonight\.md already exists/);
  assert.equal(existsSync(path.join(site.contentDir, "releases/2026/2026-12-01-police-say-stay-home-tonight")), false);
});

test("npm run new --bundle --date writes a folder's index.md that npm run check accepts", async () => {
  const site = makeFixtureSite();
  const created = await runScript("new-release", ["Open day at Corran Bay station", "--bundle", "--date", "2026-11-20T10:00", "--content", site.contentDir], buildTime);
  assert.equal(created.code, 0, created.stderr);
  const file = path.join(site.contentDir, "releases/2026/2026-11-20-open-day-at-corran-bay-station/index.md");
  assert.equal(created.stdout.trim(), shown(file));
  assert.match(readFileSync(file, "utf8"), /^date: 2026-11-20T10:00 /m);
  const check = await runScript("check", ["--content", site.contentDir], checkTime);
  assert.equal(check.code, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /1 valid release in/);
});

test("npm run new refuses an unknown type, a bad date and a missing title in words, writing nothing", async () => {
  const site = makeFixtureSite();
  const runs = [
    { args: ["Open day", "--type", "speach"], message: /--type "speach" is not a release type of this site; use one of press-release, news, speech, statement.*Did you mean "speech"\?/ },
    { args: ["Open day", "--date", "2026-11-31"], message: /--date: 2026-11-31: November has 30 days; check the day/ },
    { args: [], message: /The release needs a title; write it in quotes/ },
  ];
  for (const run of runs) {
    const result = await runScript("new-release", [...run.args, "--content", site.contentDir], buildTime);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, run.message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  }
  assert.equal(existsSync(path.join(site.contentDir, "releases/2026")), false);
});
