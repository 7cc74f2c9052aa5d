import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ParseCache } from "../../lib/content/parse-cache.ts";
import type { ParseResult } from "../../lib/content/parse-release.ts";
import { makeRelease } from "../support/release-factory.ts";

const ok: ParseResult = { release: makeRelease({ title: "Harbour patrol results", date: "2026-11-02" }), problems: [] };
const broken: ParseResult = { problems: [{ file: "b.md", field: "date", message: "is required", severity: "error" }] };

test("a kept result comes back for the same text, configuration and code, at the same or a later build", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-parse-cache-"));
  const file = path.join(dir, "parse-cache.json");
  try {
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a build the cache answered in full leaves the file as it was; a removed file is dropped", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-parse-cache-"));
  const file = path.join(dir, "parse-cache.json");
  try {
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
