import { DateTime } from "luxon";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { loadContent } from "../../lib/content/load-content.ts";

const root = mkdtempSync(path.join(tmpdir(), "bench-generator-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a corpus, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(dir, file), readFileSync(file, "utf8")];
  }));
}

const generate = (name: string, seed: number, releases = 120) => generateCorpus({ dir: path.join(root, name), releases, seed }).dir;

describe("the benchmark's corpus generator", () => {
  test("writes the same files for the same seed, and different ones for another seed", () => {
    const first = snapshot(generate("a", 7));
    const again = snapshot(generate("b", 7));
    const other = snapshot(generate("c", 8));
    assert.equal(first.size, 121, "120 releases and site.json");
    assert.deepEqual(again, first);
    assert.notDeepEqual(other, first);
  });

  test("writes releases that all pass the editors' validation, in every type and taxonomy", () => {
    const content = loadContent({ contentDir: generate("valid", 2026, 400), buildTime: DateTime.now() });
    assert.deepEqual(content.problems, []);
    assert.equal(content.releases.length, 400);
    assert.deepEqual(new Set(content.releases.map((r) => r.type)), new Set(["press-release", "news", "speech", "statement"]));
    for (const taxonomy of content.config.taxonomies) {
      assert.ok(content.releases.some((r) => (r.terms[taxonomy.key] ?? []).length > 0), `some release has ${taxonomy.key}`);
    }
    const years = content.releases.map((r) => Number(r.year));
    assert.ok(Math.min(...years) <= 2006 && Math.max(...years) >= 2025, `releases span 2005–2026, got ${Math.min(...years)}–${Math.max(...years)}`);
    const words = content.releases.map((r) => r.body.split(/\s+/).length);
    assert.ok(Math.min(...words) >= 300 && Math.max(...words) <= 1000, `bodies of 300–900 words, got ${Math.min(...words)}–${Math.max(...words)}`);
    assert.ok(content.releases.some((r) => r.body.includes("\n## ")) && content.releases.some((r) => r.body.includes("| --- |")), "headings and tables");
  });
});
