/**
 * Related releases remembered from the previous build (issue #13). Finding them is the
 * largest part of planning a build at 50,000 releases, and a correction changes nobody's.
 *
 * What `buildRelatedReleases` answers for a release depends on nothing but its own URL,
 * which terms it has (in term order), and the release lists of those terms: membership,
 * order and each member's sort key (date, then URL), since the scan and its budget walk
 * exactly those lists and compare candidates by position. A candidate's score counts the
 * release's terms whose lists hold it, so the candidates' other terms do not matter. The
 * key below is a digest of exactly that; two builds (with the same code, which the build
 * key checks) that give a release the same key give it the same related releases, budget
 * and all, so a remembered answer is what a clean build would compute.
 */
import { createHash } from "node:crypto";
import type { Release } from "../model/release.ts";
import type { TermEntry } from "../site/site-model.ts";
import type { RelatedReleases } from "./related-releases.ts";

/** One release's related releases, by URL, with the key they were computed under. */
export interface RememberedRelated {
  readonly key: string;
  readonly related: readonly string[];
}

/** Release URL → what its related releases were in a build. */
export type RelatedMemory = ReadonlyMap<string, RememberedRelated>;

const digest = (text: string) => createHash("sha1").update(text).digest("base64url");

/** The key of every release that has terms; `terms` in the order given to buildRelatedReleases. */
export function relatedInputKeys(releases: readonly Release[], terms: readonly TermEntry[]): (release: Release) => string | undefined {
  const known = new Set(releases);
  const parts = new Map<Release, string[]>();
  for (const term of terms) {
    const members = term.releases.filter((release) => known.has(release));
    if (members.length === 0) continue;
    const list = `${term.path}\0${digest(members.map((release) => `${release.url}\0${release.timestamp}`).join("\n"))}`;
    for (const release of members) {
      let mine = parts.get(release);
      if (!mine) parts.set(release, (mine = []));
      mine.push(list);
    }
  }
  return (release) => {
    const mine = parts.get(release);
    return mine ? digest(`${release.url}\n${mine.join("\n")}`) : undefined;
  };
}

/**
 * `compute`, answering from `memory` where a release's key is unchanged. `seen` collects
 * every answer under its key, for the next build's memory.
 */
export function rememberingRelated(
  compute: RelatedReleases,
  keyOf: (release: Release) => string | undefined,
  memory: RelatedMemory,
  releaseAt: (url: string) => Release | undefined,
  seen: Map<string, RememberedRelated>,
): RelatedReleases {
  return (release) => {
    const key = keyOf(release);
    if (key === undefined) return compute(release);
    const remembered = memory.get(release.url);
    if (remembered?.key === key) {
      const related = remembered.related.map(releaseAt);
      if (related.every((r): r is Release => r !== undefined)) {
        seen.set(release.url, remembered);
        return related;
      }
    }
    const related = compute(release);
    seen.set(release.url, { key, related: related.map((r) => r.url) });
    return related;
  };
}
