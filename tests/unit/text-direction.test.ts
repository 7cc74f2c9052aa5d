import assert from "node:assert/strict";
import { test } from "node:test";
import { directionByScript, directionOf } from "../../lib/i18n/direction.ts";

test("right-to-left languages and scripts say so, others read left to right", () => {
  for (const tag of ["ar", "ar-EG", "he", "fa", "ur", "ps", "yi", "dv", "ku-Arab"]) assert.equal(directionOf(tag), "rtl", tag);
  for (const tag of ["en", "en-GB", "fr", "uk", "ku", "az-Latn", "zh-Hant"]) assert.equal(directionOf(tag), "ltr", tag);
});

test("without Intl's text info, the script decides", () => {
  for (const tag of ["ar", "he-IL", "fa", "ur", "ku-Arab", "pa-Arab", "yi"]) assert.equal(directionByScript(tag), "rtl", tag);
  for (const tag of ["en", "fr", "ku-Latn", "pa", "sr-Cyrl"]) assert.equal(directionByScript(tag), "ltr", tag);
});

test("a tag that is not one reads left to right", () => {
  assert.equal(directionOf("not a tag"), "ltr");
});
