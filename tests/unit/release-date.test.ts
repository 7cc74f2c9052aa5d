import assert from "node:assert/strict";
import { describe, test } from "node:test";
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

test("years 1000 to 9999 are accepted, years outside them refused, counted in the site zone (issue #16)", () => {
  for (const good of ["1000-01-01", "9999-12-31", "9999-12-31T22:59:59Z"]) assert.equal(parseReleaseDate(good, zone).ok, true, good);
  for (const [bad, year] of [["0000-01-01", 0], ["0999-12-31", 999], ["9999-12-31T23:30:00-05:00", 10000]] as const) {
    const parsed = parseReleaseDate(bad, zone);
    assert.ok(!parsed.ok, bad);
    assert.match(parsed.message, new RegExp(`falls in the year ${year} in Europe/Amsterdam; dates must lie in the years 1000 to 9999`));
  }
});

test("a wall-clock time skipped by the spring clock change is read forward, with a warning (issue #16)", () => {
  const parsed = parseReleaseDate("2026-03-29T02:30", zone);
  assert.ok(parsed.ok);
  assert.equal(parsed.value.toISO(), "2026-03-29T03:30:00.000+02:00");
  assert.equal(parsed.warning, "2026-03-29T02:30 does not exist in Europe/Amsterdam (clocks go forward at 02:00); it was read as 03:30. Write the time you mean");
  const newYork = parseReleaseDate("2026-03-08T02:15:00", "America/New_York");
  assert.ok(newYork.ok);
  assert.equal(newYork.warning, "2026-03-08T02:15 does not exist in America/New_York (clocks go forward at 02:00); it was read as 03:15. Write the time you mean");
  // Half-hour clock changes are found to the minute.
  const lordHowe = parseReleaseDate("2026-10-04T02:15", "Australia/Lord_Howe");
  assert.ok(lordHowe.ok);
  assert.match(lordHowe.warning ?? "", /clocks go forward at 02:00\); it was read as 02:45/);
});

test("a wall-clock time repeated by the autumn clock change is the first one (summer time), with a warning (issue #16)", () => {
  const parsed = parseReleaseDate("2026-10-25T02:30", zone);
  assert.ok(parsed.ok);
  assert.equal(parsed.value.toISO(), "2026-10-25T02:30:00.000+02:00");
  assert.equal(parsed.warning, "2026-10-25T02:30 happens twice in Europe/Amsterdam (clocks go back at 03:00); it was read as the first, 02:30 +02:00. If you mean the second, write 2026-10-25T02:30+01:00");
  const second = parseReleaseDate("2026-10-25T02:30+01:00", zone);
  assert.ok(second.ok && second.warning === undefined);
  assert.equal(second.value.toISO(), "2026-10-25T02:30:00.000+01:00");
});

test("times next to a clock change, times with an offset and plain dates get no warning", () => {
  for (const text of ["2026-03-29T01:59", "2026-03-29T03:00", "2026-10-25T01:59", "2026-10-25T03:00", "2026-03-29T02:30:00+01:00", "2026-03-29T02:30Z", "2026-03-29", "2026-06-01T12:00"]) {
    const parsed = parseReleaseDate(text, zone);
    assert.ok(parsed.ok && parsed.warning === undefined, text);
  }
  // Santiago moves its clocks at midnight: the day still starts, at 01:00.
  const santiago = parseReleaseDate("2026-09-06", "America/Santiago");
  assert.ok(santiago.ok && santiago.warning === undefined);
  assert.equal(santiago.value.toFormat("yyyy-MM-dd"), "2026-09-06");
});

describe("an impossible date or time is refused in the editor's words, naming the part that is wrong (issue #10)", () => {
  const messageOf = (text: string) => {
    const parsed = parseReleaseDate(text, zone);
    assert.ok(!parsed.ok, text);
    return parsed.message;
  };

  test("a day past the end of its month", () => {
    assert.equal(messageOf("2026-11-31"), "2026-11-31: November has 30 days; check the day");
    assert.equal(messageOf("2026-04-31T10:00Z"), "2026-04-31: April has 30 days; check the day");
    assert.equal(messageOf("2026-11-00"), "2026-11-00: there is no day 00; November has days 01 to 30");
  });

  test("February, with the leap year rule said when it is the reason", () => {
    assert.equal(messageOf("2026-02-29"), "2026-02-29: February 2026 has 28 days (2026 is not a leap year); check the day");
    assert.equal(messageOf("1900-02-29"), "1900-02-29: February 1900 has 28 days (1900 is not a leap year); check the day");
    assert.equal(messageOf("2026-02-30"), "2026-02-30: February 2026 has 28 days; check the day");
    assert.equal(messageOf("2028-02-30"), "2028-02-30: February 2028 has 29 days; check the day");
    for (const leap of ["2028-02-29", "2000-02-29"]) assert.equal(parseReleaseDate(leap, zone).ok, true, leap);
  });

  test("a month outside 01 to 12", () => {
    assert.equal(messageOf("2026-13-01"), "2026-13-01: there is no month 13; months run 01 to 12");
    assert.equal(messageOf("2026-00-10T09:00"), "2026-00-10: there is no month 00; months run 01 to 12");
  });

  test("hours, minutes and seconds out of range; 24:00 is the end of the day", () => {
    assert.equal(messageOf("2026-11-30T14:75"), "14:75: an hour has 60 minutes; minutes run 00 to 59");
    assert.equal(messageOf("2026-11-30T25:00"), "25:00: a day has 24 hours; hours run 00 to 23");
    assert.equal(messageOf("2026-11-30T24:30"), "24:30: a day has 24 hours; hours run 00 to 23");
    assert.equal(messageOf("2026-11-30T14:30:60+01:00"), "14:30:60: a minute has 60 seconds; seconds run 00 to 59");
    const midnight = parseReleaseDate("2026-12-31T24:00", zone);
    assert.ok(midnight.ok);
    assert.equal(midnight.value.toISO(), "2027-01-01T00:00:00.000+01:00");
  });

  test("an offset no clock uses, which luxon would read silently", () => {
    assert.equal(messageOf("2026-11-30T14:30+12:75"), "+12:75: an hour has 60 minutes; the offset's minutes run 00 to 59");
    assert.equal(messageOf("2026-11-30T14:30+15:00"), "+15:00: offsets from UTC run from -12:00 to +14:00; check the offset");
    assert.equal(messageOf("2026-11-30T14:30-1300"), "-1300: offsets from UTC run from -12:00 to +14:00; check the offset");
    for (const good of ["2026-11-30T14:30+14:00", "2026-11-30T14:30-12:00", "2026-11-30T14:30+05:45"]) assert.equal(parseReleaseDate(good, zone).ok, true, good);
  });

  test("the date is checked before the time", () => {
    assert.equal(messageOf("2026-11-31T14:75"), "2026-11-31: November has 30 days; check the day");
  });
});
