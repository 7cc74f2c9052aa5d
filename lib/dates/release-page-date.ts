import { DateTime } from "luxon";

/**
 * A release page's own dates, written out in full: "11 September 2015" for a date, and
 * "11 September 2015, 14:30 CEST" when the editor gave a time of day, which then matters
 * (an embargo lifted at 14:30, a correction made that afternoon). The zone's name is the
 * one the site language uses for it (ICU's short name, "GMT+2" where there is none).
 */
export function formatReleaseDate(iso: string, hasTime: boolean, zone: string, locale: string): string {
  const when = DateTime.fromISO(iso, { zone }).setLocale(locale);
  return when.toFormat(hasTime ? "d LLLL yyyy, HH:mm ZZZZ" : "d LLLL yyyy");
}
