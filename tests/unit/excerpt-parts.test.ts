import assert from "node:assert/strict";
import { test } from "node:test";
import { excerptParts } from "../../lib/search/excerpt-parts.ts";

test("matched words become marked parts and the text around them plain parts", () => {
  assert.deepEqual(excerptParts("Police seized <mark>cocaine</mark> at the <mark>port</mark>."), [
    { text: "Police seized ", marked: false },
    { text: "cocaine", marked: true },
    { text: " at the ", marked: false },
    { text: "port", marked: true },
    { text: ".", marked: false },
  ]);
});

test("angle brackets Pagefind escaped come back as text, so markup in a release is shown, never run", () => {
  assert.deepEqual(excerptParts("a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>AT&T</mark>"), [
    { text: "a <script>alert(1)</script> &amp; ", marked: false },
    { text: "AT&T", marked: true },
  ]);
});

test("an excerpt without matches is one plain part; an empty one has none", () => {
  assert.deepEqual(excerptParts("Just text."), [{ text: "Just text.", marked: false }]);
  assert.deepEqual(excerptParts(""), []);
});
