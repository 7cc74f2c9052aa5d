import { DateTime } from "luxon";
import { formatHumanDateTime } from "../dates/release-date.ts";
import type { Release } from "../model/release.ts";
import { releaseState } from "./release-state.ts";

export interface ScheduledRelease {
  readonly file: string;
  readonly title: string;
  /** ISO instant with the release's own offset. */
  readonly publishesAt: string;
  /** "3 December 2026, 09:00 CET" in the site zone. */
  readonly shown: string;
  /** "in 2 days", measured from the build time. */
  readonly wait: string;
}

/** Releases that are not yet published at `buildTime`, soonest first (drafts are not scheduled). */
export function scheduledReleases(releases: readonly Release[], buildTime: DateTime, zone: string, locale: string): ScheduledRelease[] {
  const now = buildTime.toMillis();
  return releases
    .filter((release) => releaseState(release, now) === "scheduled")
    .sort((a, b) => a.timestamp - b.timestamp)
    .map((release) => {
      return {
        file: release.sourcePath,
        title: release.title,
        publishesAt: release.date,
        shown: formatHumanDateTime(release.date, zone, locale),
        wait: DateTime.fromMillis(release.timestamp).setLocale(locale).toRelative({ base: buildTime }) ?? "",
      };
    });
}
