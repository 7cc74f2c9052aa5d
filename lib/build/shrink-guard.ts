import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BuildError } from "../errors.ts";

/**
 * What the last published build held, kept in the build store beside the output (never
 * published). A build that would drop every release, or most of them, is far more often
 * a moved folder or a bad merge than an intention; it is refused unless the editor says
 * it is intended.
 */
export interface BuildRecord {
  readonly releases: number;
  readonly builtAt: string;
}

const recordFile = (store: string) => path.join(store, "last-build.json");

/** Below this share of the last build's releases, a build must be confirmed. */
const keptShare = 0.5;

export function readBuildRecord(store: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(store), "utf8")) as Partial<BuildRecord>;
    return typeof record.releases === "number" ? { releases: record.releases, builtAt: String(record.builtAt) } : undefined;
  } catch {
    return undefined;
  }
}

export function writeBuildRecord(store: string, record: BuildRecord): void {
  writeFileSync(recordFile(store), `${JSON.stringify(record, null, 2)}\n`);
}

/** Refuses a build that would publish fewer than half the releases the live site has. */
export function guardAgainstShrinking(previous: BuildRecord | undefined, releases: number, outDir: string): void {
  if (!previous || previous.releases === 0 || releases >= previous.releases * keptShare) return;
  const what = releases === 0 ? "no releases at all" : `only ${releases} of them`;
  throw new BuildError(
    `This build would publish ${what}; the site in ${outDir} (built ${previous.builtAt}) has ${previous.releases}. ` +
      "Check that content/releases/ is where it should be and that no merge removed files (git status). " +
      "If removing them is intended, build again with `npm run build -- --allow-shrink`. The published site is unchanged.",
  );
}
