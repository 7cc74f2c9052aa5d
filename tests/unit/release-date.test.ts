import assert from "node:assert/strict";
import { test } from "node:test";
import { formatHumanDate, parseReleaseDate } from "../../lib/dates/release-date.ts";

const zone = "Europe/Amsterdam";

test("a plain date is that day in the site zone, summer and winter", () => {
  const summer = parseReleaseDate("2015-09-11", zone);
  const winter = parseReleaseDate("2015-01-11", zone);
  assert.ok(summer.ok && winter.ok);
  assert.equal(summer.value.toISO(), "2015-09-11T00:00:00.000+02:00");
  assert.equal(winter.value.toISO(), "2015-01-11T00:00:00.000+01:00");
});

test("a date-time keeps its instant and is shown in the site zone", () => {
  const parsed = parseReleaseDate("2015-12-31T23:30:00-05:00", zone);
  assert.ok(parsed.ok);
  assert.equal(parsed.value.toISO(), "2016-01-01T05:30:00.000+01:00");
  assert.equal(formatHumanDate(parsed.value.toISO()!, zone, "en"), "1 Jan 2016");
});

test("impossible and unparseable dates are refused with a reason", () => {
  for (const bad of ["2015-02-30", "2015-13-01", "11/09/2015", "", 20150911, null]) {
    const parsed = parseReleaseDate(bad, zone);
    assert.equal(parsed.ok, false, String(bad));
  }
});

test("people see 11 Sep 2015", () => {
  assert.equal(formatHumanDate("2015-09-11T00:00:00.000+02:00", zone, "en"), "11 Sep 2015");
});
