/**
 * Year and month archives. A release's year and month were fixed in the site zone when
 * it was loaded (lib/dates/release-date.ts), so grouping here is plain bucketing: a
 * release dated 2015-12-31T23:30:00-05:00 is already "2016"/"01" in Europe/Amsterdam.
 */
import type { Release } from "../model/release.ts";
import type { MonthEntry, NewsEntry, YearEntry } from "../site/site-model.ts";
import { monthPath, newsPath, yearPath } from "../urls/site-urls.ts";

/** Years newest first, each with its months newest first; `releases` must be newest first. */
export function buildYearEntries(releases: readonly Release[]): YearEntry[] {
  const years = new Map<string, { releases: Release[]; months: Map<string, Release[]> }>();
  for (const release of releases) {
    let year = years.get(release.year);
    if (!year) {
      year = { releases: [], months: new Map() };
      years.set(release.year, year);
    }
    year.releases.push(release);
    const month = year.months.get(release.month);
    if (month) month.push(release);
    else year.months.set(release.month, [release]);
  }
  return [...years]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([year, group]) => ({
      year,
      path: yearPath(year),
      releases: group.releases,
      months: [...group.months]
        .sort(([a], [b]) => (a < b ? 1 : -1))
        .map(([month, list]): MonthEntry => ({ year, month, path: monthPath(year, month), releases: list })),
    }));
}

export function buildNewsEntry(releases: readonly Release[], years: readonly YearEntry[]): NewsEntry {
  return { path: newsPath, releases, years };
}

/** Every month with releases, newest first, across years. */
export function allMonths(years: readonly YearEntry[]): MonthEntry[] {
  return years.flatMap((year) => year.months);
}
