/**
 * What of Pagefind's output is not published (lib/search/pagefind-indexer.ts): the word
 * splitter for languages without a stemmer stays exactly when the index names it.
 */
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { removeUnusedFiles } from "../../lib/search/pagefind-indexer.ts";
import { tempFolder } from "../support/temp-folder.ts";

function indexFolder(languages: Record<string, { wasm?: string | null }>): string {
  const folder = tempFolder("newsroom-pagefind-");
  writeFileSync(path.join(folder, "pagefind-entry.json"), JSON.stringify({ version: "1.6.0", languages }));
  for (const name of ["wasm.unknown.pagefind", "wasm.en.pagefind", "pagefind.js", "pagefind-ui.js", "pagefind-worker.js"]) writeFileSync(path.join(folder, name), "x");
  return folder;
}

test("an index whose languages all have a stemmer loses the unknown-language splitter and Pagefind's own interfaces", async () => {
  const folder = indexFolder({ en: { wasm: "en" } });
  await removeUnusedFiles(folder, true);
  assert.deepEqual(["wasm.unknown.pagefind", "pagefind-ui.js", "pagefind-worker.js"].filter((name) => existsSync(path.join(folder, name))), []);
  assert.ok(existsSync(path.join(folder, "wasm.en.pagefind")) && existsSync(path.join(folder, "pagefind.js")));
});

test("an index with a language Pagefind has no stemmer for keeps the splitter it loads", async () => {
  for (const wasm of [null, "unknown", undefined]) {
    const folder = indexFolder({ en: { wasm: "en" }, xx: wasm === undefined ? {} : { wasm } });
    await removeUnusedFiles(folder, true);
    assert.ok(existsSync(path.join(folder, "wasm.unknown.pagefind")), `kept for wasm ${String(wasm)}`);
  }
});

test("a shard merged into another index keeps no pagefind.js", async () => {
  const folder = indexFolder({ en: { wasm: "en" } });
  await removeUnusedFiles(folder, false);
  assert.equal(existsSync(path.join(folder, "pagefind.js")), false);
});
