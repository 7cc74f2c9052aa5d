import { writeFileSync } from "node:fs";
import path from "node:path";
import type { ScheduledRelease } from "../visibility/schedule.ts";

/**
 * When the next scheduled release is due, for a scheduler that rebuilds the site then
 * (docs/deployment.md). Written to the build store, beside the output and never in it:
 * the published site must hold no trace of a release before its time.
 */
export function writeNextPublication(store: string, next: ScheduledRelease | undefined): void {
  const record = next ? { next: next.publishesAt, file: next.file } : { next: null };
  writeFileSync(path.join(store, "next-publication.json"), `${JSON.stringify(record, null, 2)}\n`);
}
