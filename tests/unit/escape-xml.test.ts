import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeXml } from "../../lib/xml/escape-xml.ts";

test("the five XML special characters are escaped", () => {
  assert.equal(escapeXml(`Tom & "Jerry's" <cat>`), "Tom &amp; &quot;Jerry&apos;s&quot; &lt;cat&gt;");
});

test("an existing entity is escaped again, not trusted", () => {
  assert.equal(escapeXml("&amp;"), "&amp;amp;");
});

test("characters XML 1.0 forbids are dropped, tab, newline and astral characters kept", () => {
  assert.equal(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe"), "abcde");
  assert.equal(escapeXml("lone \uD800 surrogate \uDC00"), "lone  surrogate ");
  assert.equal(escapeXml("tab\tnew\nline 🚓"), "tab\tnew\nline 🚓");
});
