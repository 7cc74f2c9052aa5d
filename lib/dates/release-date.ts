import { DateTime } from "luxon";

const plainDate = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export type ParsedDate = { ok: true; value: DateTime } | { ok: false; message: string };

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
  if (!plainDate.test(text) && !dateTime.test(text)) {
    return { ok: false, message: `"${text}" is not a date; write it as 2015-09-11 or 2015-09-11T14:30:00+02:00` };
  }
  const parsed = DateTime.fromISO(text, { zone, setZone: false });
  if (!parsed.isValid) {
    return { ok: false, message: `"${text}" is not a real date (${parsed.invalidExplanation ?? parsed.invalidReason}); check the day and month` };
  }
  return { ok: true, value: parsed.setZone(zone) };
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

/** "September 2015" for month archive headings. */
export function formatMonth(year: number, month: number, zone: string, locale: string): string {
  return DateTime.fromObject({ year, month, day: 1 }, { zone }).setLocale(locale).toFormat("LLLL yyyy");
}
