import assert from "node:assert/strict";
import { test } from "node:test";
import { ParseCache } from "../../lib/content/parse-cache.ts";
import type { ParseResult } from "../../lib/content/parse-release.ts";

test("a file is parsed again only when its text or the configuration changed", () => {
  const cache = new ParseCache();
  let parses = 0;
  const parse = (): ParseResult => ({ problems: [{ file: "a.md", field: "n", message: String(++parses), severity: "error" }] });

  const first = cache.get("a.md", "---\ntitle: A\n---\n", "config-1", parse);
  assert.equal(cache.get("a.md", "---\ntitle: A\n---\n", "config-1", parse), first);
  assert.equal(parses, 1);

  assert.notEqual(cache.get("a.md", "---\ntitle: B\n---\n", "config-1", parse), first, "edited text");
  assert.notEqual(cache.get("a.md", "---\ntitle: B\n---\n", "config-2", parse), first, "other configuration");
  assert.notEqual(cache.get("b.md", "---\ntitle: B\n---\n", "config-2", parse), first, "other file, same text");
  assert.equal(parses, 4);
});
