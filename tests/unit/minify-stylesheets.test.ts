import assert from "node:assert/strict";
import { test } from "node:test";
import { withoutCustomPropertySpaces } from "../../lib/build/minify-stylesheets.ts";

test("the space esbuild keeps after a custom property's colon goes; other colons stay as they are", () => {
  const css = ':root{--ink: #1b1f24;--measure: 42rem}@media(prefers-color-scheme:dark){:root{--ink: #e6e9ed}}@supports (grid-template-rows: subgrid){a{color:var(--ink)}}b:before{content:"x: y"}';
  assert.equal(
    withoutCustomPropertySpaces(css),
    ':root{--ink:#1b1f24;--measure:42rem}@media(prefers-color-scheme:dark){:root{--ink:#e6e9ed}}@supports (grid-template-rows: subgrid){a{color:var(--ink)}}b:before{content:"x: y"}',
  );
});
