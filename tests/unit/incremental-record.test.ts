/**
 * A build's record keeps its related releases compactly (lib/build/incremental/build-plan.ts):
 * read back after JSON, it must give the next build the same answers.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { recordOf, relatedMemoryOf } from "../../lib/build/incremental/build-plan.ts";
import type { RememberedRelated } from "../../lib/related/related-memory.ts";

test("related releases survive the record, a related release without a page of its own included", () => {
  const related = new Map<string, RememberedRelated>([
    ["/news/2026/01/a/", { key: "ka", related: ["/news/2026/01/b/", "/news/2025/12/only-listed/"] }],
    ["/news/2026/01/b/", { key: "kb", related: ["/news/2026/01/a/"] }],
    ["/news/2026/01/lonely/", { key: "kl", related: [] }],
  ]);
  const fingerprints = { outputs: new Map([["/news/", "f"]]), shards: new Map([[1, "s"]]), shardPages: new Map() };
  const record = JSON.parse(JSON.stringify(recordOf("build-1", "key", fingerprints, related))) as ReturnType<typeof recordOf>;
  assert.deepEqual(relatedMemoryOf(record), related);
  assert.deepEqual(record.shards, { 1: "s" });
  // Each URL is written once.
  assert.equal(record.related.urls.length, 4);
});
