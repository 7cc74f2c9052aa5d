import assert from "node:assert/strict";
import { test } from "node:test";
import { formatHumanDate } from "../../lib/dates/release-date.ts";
import { formatResultDate } from "../../lib/search/result-date.ts";

test("a search result shows the same date text as the release page, in the site zone and language", () => {
  const dates = ["2015-09-11T00:00:00.000+02:00", "2026-01-01T00:30:00.000+01:00", "2015-03-04T23:59:00.000+01:00", "2020-12-31T23:30:00.000Z"];
  for (const locale of ["en", "en-GB", "nl", "de", "fr", "fi", "sv"]) {
    for (const date of dates) {
      assert.equal(formatResultDate(date, "Europe/Amsterdam", locale), formatHumanDate(date, "Europe/Amsterdam", locale), `${locale} ${date}`);
    }
  }
  assert.equal(formatResultDate("2020-12-31T23:30:00.000Z", "Europe/Amsterdam", "en"), "1 Jan 2021");
});

test("a value that is not a date is shown as it is", () => {
  assert.equal(formatResultDate("soon", "Europe/Amsterdam", "en"), "soon");
});
