import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { codeVersion } from "../../lib/build/incremental/code-version.ts";

test("the code version follows what the build runs: lib/, layouts/ and the lockfile, not the preview or the times", () => {
  const root = mkdtempSync(path.join(tmpdir(), "newsroom-code-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  try {
    write("lib/site/newsroom.ts", "export const a = 1;");
    write("layouts/release-page.ts", "export const b = 1;");
    write("lib/preview/preview-server.ts", "export const c = 1;");
    write("package-lock.json", "{}");
    const before = codeVersion(root);

    utimesSync(path.join(root, "lib/site/newsroom.ts"), new Date(0), new Date(0));
    assert.equal(codeVersion(root), before, "touching a file changes nothing");
    write("lib/preview/preview-server.ts", "export const c = 2;");
    assert.equal(codeVersion(root), before, "the preview's own code is no build's code");
    write("content/releases/a.md", "---\ntitle: x\n---\n");
    assert.equal(codeVersion(root), before, "content is not code");

    write("layouts/release-page.ts", "export const b = 2;");
    const afterTemplate = codeVersion(root);
    assert.notEqual(afterTemplate, before, "a template");
    write("package-lock.json", '{"lockfileVersion":3}');
    assert.notEqual(codeVersion(root), afterTemplate, "a dependency");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
