import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { fixtureConfig, makeFixtureSite } from "../support/fixture-site.ts";
import { projectRoot, runScript } from "../support/run-script.ts";

const legacy = path.join(projectRoot, "tests", "fixtures", "legacy-pages");

test("npm run import turns legacy pages into releases that pass check, reports what it could not map, and re-imports into the same files", async () => {
  const site = makeFixtureSite({
    taxonomies: [
      ...fixtureConfig.taxonomies!,
      { key: "organisations", label: "Organisations", slug: "organisations", terms: ["Saltbridge Coastguard", "Havenmark Regional Police"] },
    ],
  });
  const releases = path.join(site.contentDir, "releases");
  const read = (relative: string) => readFileSync(path.join(releases, relative), "utf8");
  const patrols = "2016/2016-03-03-havenmark-police-and-saltbridge-coastguard-agree-on-joint-patrols-in-the-port-area.md";
  const speech = "2017/2017-03-12-speech-by-chief-constable-zoe-okafor-lindqvist-at-the-cafe-regence-community-evening.md";
  try {
    const first = await runScript("import-releases", [legacy, "--content", site.contentDir]);
    assert.equal(first.code, 1, "two pages are not releases, so the run exits 1");
    assert.match(first.stderr, /4 imported, 0 updated, 2 skipped, of 6 legacy pages\./);
    assert.match(first.stderr, /contact-page\.txt: skipped, nothing written: not a release: no date under the headline "Contact the press office"/);
    assert.match(first.stderr, /impossible-date\.txt: skipped, nothing written: .*"31 Feb 2016"/);
    assert.match(first.stdout, /joint-patrols\.txt:18: chip heading "REGIONS" is not a taxonomy of this site/);
    assert.match(first.stdout, /joint-patrols\.txt:19: "Harbour Masters' Guild" is not in the controlled list of Organisations/);
    assert.match(first.stdout, /podcast-episode\.txt:5: type label "Podcast" is not a release type of this site; written as the default type "press-release"/);
    assert.match(first.stdout, /podcast-episode\.txt:9: old address not kept as an alias/);
    assert.deepEqual(readdirSync(releases, { recursive: true }).filter((f) => String(f).endsWith(".md")).length, 4);

    const text = read(patrols);
    assert.match(text, /^---\n# imported by npm run import from /);
    assert.match(text, /^title: "Havenmark Police and Saltbridge Coastguard agree on joint patrols in the port area"$/m);
    assert.match(text, /^date: 2016-03-03$/m);
    assert.match(text, /^type: press-release$/m);
    // A wrapped chip list, and a controlled term written with the list's spelling.
    assert.match(text, /target_groups:\n {2}- "General Public"\n {2}- "Press\/Journalists"\n {2}- "Law Enforcement"\n/);
    assert.match(text, /organisations:\n {2}- "Saltbridge Coastguard"\n(?! {2}-)/);
    assert.match(text, /^aliases:\n {2}- "\/newsroom\/news\/joint-patrols-port-area"$/m);
    assert.match(text, /^\\- 12 officers/m, "a line that would start a list is escaped");
    assert.match(text, /^"Joint patrols close the gaps between the quay and the water," said the spokesperson of the Saltbridge Coastguard\.$/m);
    assert.match(read(speech), /^title: "Speech by Chief Constable Zoë Okafor-Lindqvist at the Café Régence community evening"$/m);
    assert.match(read(speech), /^type: speech$/m);
    assert.doesNotMatch(read(speech), /source_url|aliases/);
    assert.match(read("2018/2018-05-02-statement-on-the-wrenfield-ferry-incident.md"), /^type: statement$/m);

    const check = await runScript("check", ["--content", site.contentDir]);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /4 valid releases/);
    assert.match(check.stdout, /0 errors, 0 warnings/);

    // The same pages again: the same files, nothing new.
    const again = await runScript("import-releases", [path.join(legacy, "2016"), "--content", site.contentDir]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 imported, 0 updated, 4 unchanged, 0 skipped/);

    // --keep-case rewrites the importer's own file in place …
    const kept = await runScript("import-releases", [path.join(legacy, "2016", "joint-patrols.txt"), "--keep-case", "--content", site.contentDir]);
    assert.match(kept.stdout, /0 imported, 1 updated, 0 skipped/);
    assert.match(read(patrols), /^title: "HAVENMARK POLICE AND SALTBRIDGE COASTGUARD AGREE ON JOINT PATROLS IN THE PORT AREA"$/m);

    // … but never a file an editor has changed.
    const edited = read(speech).replace("Good evening", "Good evening, everyone");
    writeFileSync(path.join(releases, speech), edited);
    const third = await runScript("import-releases", [path.join(legacy, "2016"), "--content", site.contentDir]);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /chief-constable-speech\.txt: kept .*an editor's file/);
    assert.match(third.stdout, /0 imported, 1 updated, 2 unchanged, 1 kept, 0 skipped/);
    assert.equal(read(speech), edited);
    assert.equal(readdirSync(releases, { recursive: true }).filter((f) => String(f).endsWith(".md")).length, 4);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});
