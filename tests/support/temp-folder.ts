import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const made: string[] = [];

/**
 * A new folder in the system temp folder, removed when the test process exits: a run of
 * the suite builds a few hundred fixture sites, and left behind they filled gigabytes.
 */
export function tempFolder(prefix: string): string {
  if (made.length === 0) process.once("exit", () => {
    for (const folder of made) rmSync(folder, { recursive: true, force: true });
  });
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}
