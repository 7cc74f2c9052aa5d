import { DateTime } from "luxon";

export type LegacyDate = { ok: true; day: string } | { ok: false; message: string };

/** Formats old CMSs wrote dates in, read in English ("3 Mar 2016", "March 3, 2016", "2016-03-03"). */
const formats = ["d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "yyyy-M-d"];

/**
 * Reads a legacy date line as that day in the site's zone and returns it as YYYY-MM-DD,
 * the form front matter reads as "that day in the site's zone". The zone is explicit so
 * the day never shifts with the machine's own zone (STYLE.md: every luxon call names it).
 */
export function parseLegacyDate(text: string, zone: string): LegacyDate {
  const cleaned = text
    .trim()
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i, "")
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1")
    .replace(/[.,]/g, " ")
    .replace(/\bsept\b/i, "Sep")
    .replace(/\s+/g, " ")
    .trim();
  for (const format of formats) {
    const date = DateTime.fromFormat(cleaned, format, { zone, locale: "en" });
    if (date.isValid) {
      if (date.year < 1000 || date.year > 9999) return { ok: false, message: `"${text}" falls in the year ${date.year}; dates must lie in the years 1000 to 9999` };
      return { ok: true, day: date.toFormat("yyyy-MM-dd") };
    }
  }
  return { ok: false, message: `"${text}" is not a date the importer can read; write it as 3 March 2016, 3 Mar 2016 or 2016-03-03 (and check that the day exists)` };
}
