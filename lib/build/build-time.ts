import { DateTime } from "luxon";
import { ConfigError } from "../errors.ts";

/** The build's "now": the given ISO date-time (reproducible builds, tests), else the clock. */
export function parseBuildTime(raw: string | undefined): DateTime {
  if (!raw) return DateTime.now();
  const time = DateTime.fromISO(raw, { setZone: true });
  if (!time.isValid) throw new ConfigError(`The build time "${raw}" (NEWSROOM_BUILD_TIME) is not an ISO date-time; use e.g. 2026-11-30T12:00:00+01:00 or leave it unset.`);
  return time;
}
