import { DateTime, IANAZone } from "luxon";

const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Sitemaps (W3C date-time), Atom (RFC 3339) and JSON-LD (ISO 8601) all write a year as
 * exactly four digits; outside these years luxon writes "+010000" or a year 0, which no
 * crawler or feed reader accepts. Any narrower range would be a guess about how old an
 * archive may be.
 */
const firstYear = 1000;
const lastYear = 9999;

/** `warning` is set when a local time had to be interpreted (a clock change). */
export type ParsedDate = { ok: true; value: DateTime; warning?: string } | { ok: false; message: string };

/**
 * Reads a front-matter date. A plain `2015-09-11` is that day in the site zone; a
 * date-time keeps its own offset (or, without one, is read in the site zone) and is
 * then moved into the site zone, so year and month archives agree with what readers see.
 */
export function parseReleaseDate(value: unknown, zone: string): ParsedDate {
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, message: "must be a date such as 2015-09-11 or 2015-09-11T14:30:00+02:00" };
  }
  const text = value.trim();
  const local = dateTime.exec(text);
  const fields = local ?? plainDate.exec(text);
  if (!fields) {
    return { ok: false, message: `"${text}" is not a date; write it as 2015-09-11 or 2015-09-11T14:30:00+02:00` };
  }
  const impossible = impossibility(text, fields);
  if (impossible) return { ok: false, message: impossible };
  const parsed = DateTime.fromISO(text, { zone, setZone: false });
  if (!parsed.isValid) {
    return { ok: false, message: `"${text}" is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason}); check the day and month` };
  }
  let result: ParsedDate = { ok: true, value: parsed.setZone(zone) };
  // Only a date-time without an offset names a wall-clock time that a clock change can
  // skip or repeat; a plain date means the whole day.
  if (local && local[8] === undefined) result = readWallClock(text, local, zone, result.value);
  if (result.ok && (result.value.year < firstYear || result.value.year > lastYear)) {
    return {
      ok: false,
      message: `"${text}" falls in the year ${result.value.year} in ${zone}; dates must lie in the years ${firstYear} to ${lastYear}, which sitemaps and feeds can carry. Check the year`,
    };
  }
  return result;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a well-formed date or time cannot be, in an editor's words ("2026-11-31: November
 * has 30 days; check the day"), naming the part that is wrong; undefined when it can be.
 * Luxon's own explanation ("you specified 31 (of type number) as a day") is for
 * programmers (issue #10). `24:00` stays allowed: ISO 8601's end of the day, read as the
 * next day's 00:00.
 */
function impossibility(text: string, fields: RegExpExecArray): string | undefined {
  const [, year = "", month = "", day = "", hour, minute = "00", second, fraction = "0", offset] = fields;
  const date = text.slice(0, 10);
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return `${date}: there is no month ${month}; months run 01 to 12`;
  const name = monthNames[monthNumber - 1]!;
  const days = daysInMonth(Number(year), monthNumber);
  const dayNumber = Number(day);
  if (dayNumber < 1) return `${date}: there is no day 00; ${name} has days 01 to ${days}`;
  if (dayNumber > days) {
    if (monthNumber !== 2) return `${date}: ${name} has ${days} days; check the day`;
    const leap = dayNumber === 29 ? ` (${year} is not a leap year)` : "";
    return `${date}: February ${year} has ${days} days${leap}; check the day`;
  }
  if (hour === undefined) return undefined;
  const time = text.slice(11, second === undefined ? 16 : 19);
  const afterMidnight = Number(minute) > 0 || Number(second ?? 0) > 0 || Number(fraction) > 0;
  if (Number(hour) > 24 || (Number(hour) === 24 && afterMidnight)) return `${time}: a day has 24 hours; hours run 00 to 23`;
  if (Number(minute) > 59) return `${time}: an hour has 60 minutes; minutes run 00 to 59`;
  if (Number(second ?? 0) > 59) return `${time}: a minute has 60 seconds; seconds run 00 to 59`;
  const zoneOffset = /^([+-])(\d{2}):?(\d{2})$/.exec(offset ?? "");
  if (zoneOffset) {
    const [, sign, hours = "", minutes = ""] = zoneOffset;
    if (Number(minutes) > 59) return `${offset}: an hour has 60 minutes; the offset's minutes run 00 to 59`;
    const total = (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    if (total < -12 * 60 || total > 14 * 60) return `${offset}: offsets from UTC run from -12:00 to +14:00; check the offset`;
  }
  return undefined;
}

/**
 * A wall-clock time in the site zone around a clock change. In the spring gap the time
 * does not exist: luxon moves it forward by the gap (02:30 → 03:30), and we warn. In the
 * autumn overlap it happens twice: we take the first (the earlier instant, still summer
 * time), as RFC 5545, java.time and JavaScript's Temporal ("compatible") do, and warn;
 * luxon by itself would take the second.
 */
function readWallClock(text: string, fields: RegExpExecArray, zone: string, read: DateTime): ParsedDate {
  const [year, month, day, hour, minute, second = "0", fraction = "0"] = fields.slice(1).map((f) => f ?? undefined);
  // The wall-clock time as if it were UTC (luxon, since Date.UTC reads years 0–99 as 19xx).
  const wall = DateTime.fromObject(
    { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second), millisecond: Math.round(Number(`0.${fraction}`) * 1000) },
    { zone: "utc" },
  ).toMillis();
  const ianaZone = IANAZone.create(zone);
  // A clock change moves the offset once within a day; the offsets either side of it are
  // the only ones this wall time can have. Offsets are in minutes.
  const offsets = [...new Set([ianaZone.offset(wall - dayMillis), ianaZone.offset(wall + dayMillis)])];
  const instants = offsets.map((o) => wall - o * minuteMillis).filter((t) => ianaZone.offset(t) * minuteMillis === wall - t).sort((a, b) => a - b);
  const shown = text.slice(0, 16);
  if (instants.length === 0 && offsets.length === 2) {
    const [before, after] = offsets.sort((a, b) => a - b) as [number, number];
    const change = changeInstant(ianaZone, wall - after * minuteMillis, wall - before * minuteMillis, after);
    return {
      ok: true,
      value: read,
      warning: `${shown} does not exist in ${zone} (clocks go forward at ${clock(change, before)}); it was read as ${read.toFormat("HH:mm")}. Write the time you mean`,
    };
  }
  if (instants.length === 2) {
    const [first, second_] = instants as [number, number];
    const earlier = DateTime.fromMillis(first, { zone });
    const later = DateTime.fromMillis(second_, { zone });
    const change = changeInstant(ianaZone, first, second_, later.offset);
    return {
      ok: true,
      value: earlier,
      warning: `${shown} happens twice in ${zone} (clocks go back at ${clock(change, earlier.offset)}); ` +
        `it was read as the first, ${earlier.toFormat("HH:mm ZZ")}. If you mean the second, write ${shown}${later.toFormat("ZZ")}`,
    };
  }
  return { ok: true, value: read };
}

const minuteMillis = 60_000;
const dayMillis = 24 * 60 * minuteMillis;

/** The first whole minute in (from, to] whose offset is `after`: when the clocks changed. */
function changeInstant(zone: IANAZone, from: number, to: number, after: number): number {
  let lo = from;
  let hi = to;
  while (hi - lo > minuteMillis) {
    const mid = lo + Math.floor((hi - lo) / (2 * minuteMillis)) * minuteMillis;
    if (zone.offset(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** "02:00": the wall clock at `instant` under `offset` minutes. */
function clock(instant: number, offset: number): string {
  return new Date(instant + offset * minuteMillis).toISOString().slice(11, 16);
}
// Every release's date is shown on about ten list pages; luxon's zone arithmetic costs
// ~20 µs a call, a second per 10,000 releases without this memo (issue #6).
const humanDates = new Map<string, string>();

/** "11 Sep 2015", in the site zone and language. */
export function formatHumanDate(iso: string, zone: string, locale: string): string {
  const key = `${iso} ${zone} ${locale}`;
  let text = humanDates.get(key);
  if (text === undefined) {
    text = DateTime.fromISO(iso, { zone }).setLocale(locale).toFormat("d LLL yyyy");
    humanDates.set(key, text);
  }
  return text;
}

/** "September": a month's name alone, where its year is already said (a breadcrumb). */
export function formatMonthName(year: number, month: number, zone: string, locale: string): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone }).setLocale(locale).toFormat("LLLL");
}

/** "September 2015" for month archive headings. */
export function formatMonth(year: number, month: number, zone: string, locale: string): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone }).setLocale(locale).toFormat("LLLL yyyy");
}

/** "3 December 2026, 09:00 CET": a publication instant in the site zone, for notices. */
export function formatHumanDateTime(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(locale).toFormat("d LLLL yyyy, HH:mm ZZZZ");
}
