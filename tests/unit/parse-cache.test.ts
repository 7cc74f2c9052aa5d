import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ParseCache } from "../../lib/content/parse-cache.ts";
import type { ParseResult } from "../../lib/content/parse-release.ts";
import { makeRelease } from "../support/release-factory.ts";
import { tempFolder } from "../support/temp-folder.ts";

const ok: ParseResult = { release: makeRelease({ title: "Harbour patrol results", date: "2026-11-02" }), problems: [] };
const broken: ParseResult = { problems: [{ file: "b.md", field: "date", message: "is required", severity: "error" }] };

test("a kept result comes back for the same text, configuration and code, at the same or a later build", () => {
  const dir = tempFolder("newsroom-parse-cache-");
  const file = path.join(dir, "parse-cache.json");
  const first = ParseCache.open(file, "code-1");
  const digest = first.digest("---\ntitle: x\n---\n", "config");
  first.set("a.md", digest, 1000, ok);
  first.set("b.md", first.digest("broken", "config"), 1000, broken);
  first.save();

  const again = ParseCache.open(file, "code-1");
  assert.deepEqual(again.get("a.md", digest, 1000), ok);
  assert.deepEqual(again.get("a.md", digest, 2000), ok, "a later build may use it");
  assert.equal(again.get("a.md", digest, 999), undefined, "an earlier build may not: its dates were checked against a later instant");
  assert.equal(again.get("a.md", again.digest("changed", "config"), 1000), undefined);
  assert.equal(again.get("b.md", again.digest("broken", "config"), 1000), undefined, "results with errors are never kept");
  assert.equal(ParseCache.open(file, "code-2").get("a.md", digest, 1000), undefined, "other code starts empty");
  assert.equal(ParseCache.open(file, "code-1", true).get("a.md", digest, 1000), undefined, "a clean build starts empty");

  writeFileSync(file, "{not json");
  assert.equal(ParseCache.open(file, "code-1").get("a.md", digest, 1000), undefined, "a damaged cache is an empty one");
});

test("a build the cache answered in full leaves the file as it was; a removed file is dropped", () => {
  const dir = tempFolder("newsroom-parse-cache-");
  const file = path.join(dir, "parse-cache.json");
  const first = ParseCache.open(file, "code-1");
  const a = first.digest("a", "config");
  const c = first.digest("c", "config");
  first.set("a.md", a, 1000, ok);
  first.set("c.md", c, 1000, ok);
  first.save();
  const written = statSync(file).ino;

  const unchanged = ParseCache.open(file, "code-1");
  unchanged.get("a.md", a, 1000);
  unchanged.get("c.md", c, 1000);
  unchanged.save();
  assert.equal(statSync(file).ino, written, "not written again (a save renames a new file into place)");

  const removed = ParseCache.open(file, "code-1");
  removed.get("a.md", a, 1000);
  removed.save();
  assert.equal(readFileSync(file, "utf8").split("\n").filter(Boolean).length, 2, "the header and a.md: c.md is gone");
  assert.equal(ParseCache.open(file, "code-1").get("c.md", c, 1000), undefined);
});

test("a build that read a few files anew appends them, and a line cut short by a killed build is skipped", () => {
  const dir = tempFolder("newsroom-parse-cache-");
  const file = path.join(dir, "parse-cache.json");
  const corrected: ParseResult = { release: { ...ok.release!, title: "Harbour patrol results, corrected" }, problems: [] };
  // Each file's current text; a build reads every file, from the cache where it answers.
  const texts = new Map(Array.from({ length: 10 }, (_, i) => [`r${i}.md`, `r${i}`]));
  const build = (changed?: string) => {
    const cache = ParseCache.open(file, "code-1");
    for (const [name, text] of texts) {
      const digest = cache.digest(text, "config");
      if (name === changed || !cache.get(name, digest, 1000)) cache.set(name, digest, 1000, name === changed ? corrected : ok);
    }
    cache.save();
    return cache;
  };
  const lineCount = () => readFileSync(file, "utf8").split("\n").filter(Boolean).length;
  build();
  const written = statSync(file).ino;
  texts.set("r0.md", "r0 corrected");
  build("r0.md");
  assert.equal(statSync(file).ino, written, "appended to, not written afresh");
  assert.equal(lineCount(), 12, "the header, ten files and the corrected one");
  const reopened = ParseCache.open(file, "code-1");
  assert.deepEqual(reopened.get("r0.md", reopened.digest("r0 corrected", "config"), 1000), corrected);
  assert.equal(reopened.get("r0.md", reopened.digest("r0", "config"), 1000), undefined, "the replaced line no longer answers");

  // A killed build left half a line; the next build's lines still count.
  writeFileSync(file, readFileSync(file, "utf8") + '["r1.md",{"digest":"');
  texts.set("r1.md", "r1 corrected");
  build("r1.md");
  const afterKill = ParseCache.open(file, "code-1");
  assert.deepEqual(afterKill.get("r1.md", afterKill.digest("r1 corrected", "config"), 1000), corrected);
  assert.deepEqual(afterKill.get("r2.md", afterKill.digest("r2", "config"), 1000), ok);

  // A removed file is forgotten by a line of its own.
  texts.delete("r9.md");
  build();
  assert.equal(ParseCache.open(file, "code-1").get("r9.md", afterKill.digest("r9", "config"), 1000), undefined);

  // Once replaced lines outnumber the ones in use, the file is written afresh.
  for (let round = 0; round < 10; round++) {
    texts.set("r3.md", `r3 round ${round}`);
    build("r3.md");
    assert.ok(lineCount() <= 1 + 2 * texts.size + 1, `${lineCount()} lines after round ${round}`);
  }
  assert.notEqual(statSync(file).ino, written, "written afresh at least once");
});

test("a body that ends the file's text is not written into the cache, and comes back from the text", () => {
  const dir = tempFolder("newsroom-parse-cache-");
  const file = path.join(dir, "parse-cache.json");
  const body = "Officers searched the harbour warehouse on Tuesday night.";
  const text = `---\ntitle: Harbour patrol results\n---\n\n${body}`;
  const result: ParseResult = { release: { ...ok.release!, body }, problems: [] };
  const first = ParseCache.open(file, "code-1");
  const digest = first.digest(text, "config");
  first.set("a.md", digest, 1000, result, text);
  first.save();
  assert.ok(!readFileSync(file, "utf8").includes("warehouse"), "the body is not in the cache file");

  const again = ParseCache.open(file, "code-1");
  assert.deepEqual(again.get("a.md", digest, 1000, text), result);
  assert.equal(again.get("a.md", digest, 1000), undefined, "without the text there is no body to give");
});
