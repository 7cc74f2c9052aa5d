/**
 * "11 Sep 2015" in the site zone and language: the same text as a release page's
 * date (formatHumanDate, luxon "d LLL yyyy"), built from Intl so the browser needs no luxon.
 * The month is formatted on its own, as luxon does, which gives the stand-alone form.
 */
export function formatResultDate(iso: string, timeZone: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options }).formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part({ day: "numeric" }, "day")} ${part({ month: "short" }, "month")} ${part({ year: "numeric" }, "year")}`;
}
