/**
 * Related releases: of the releases near it in time in each of its terms' lists, those
 * sharing the most terms with it (over all taxonomies), nearest in time on ties, up to
 * five.
 *
 * "Near in time" is `reach` releases on either side of it in each list (each list is
 * newest first). A term with fewer releases than that is read whole, so releases sharing
 * a specific term are always candidates; what the reach leaves out is the far ends of the
 * common terms' lists, which could only enter on a tie of shared terms, where the nearer
 * release wins anyway. A candidate's score counts all the terms it shares, not only those
 * whose window it was found in.
 *
 * Why windows rather than the whole lists: an answer then depends only on what lies
 * near the release, so a release added at the top of a list changes the answers of the
 * releases within `reach` of it and no other (lib/related/related-memory.ts), and each
 * answer costs at most `2 × reach` candidates per term, with no budget that cuts a scan
 * short (an earlier version had one, and its answers were an approximation that one
 * addition could change for thousands of releases).
 */
import type { Release } from "../model/release.ts";
import type { TermEntry } from "../site/site-model.ts";

export interface RelatedOptions {
  /** How many related releases to return (5). */
  readonly limit?: number;
  /** How many releases on either side of it each of its terms' lists offers (100). */
  readonly reach?: number;
}

export type RelatedReleases = (release: Release) => readonly Release[];

export const defaultRelatedReach = 100;

/**
 * Indexes once (linear in term uses); each call then reads at most `2 × reach`
 * candidates per term. `releases` must be newest first, like every term's list.
 */
export function buildRelatedReleases(
  releases: readonly Release[],
  terms: readonly TermEntry[],
  options: RelatedOptions = {},
): RelatedReleases {
  const limit = Math.max(0, options.limit ?? 5);
  const reach = Math.max(0, options.reach ?? defaultRelatedReach);
  const positionOf = new Map<Release, number>();
  releases.forEach((release, i) => positionOf.set(release, i));
  const time = Float64Array.from(releases, (release) => release.timestamp);

  // Term lists as ascending positions (= newest first), and each release's term ids with
  // its index in that term's list, packed into typed arrays (termIds[termStart[p] …
  // termStart[p + 1]]): the hot loop below then touches no objects and allocates nothing.
  const lists: Int32Array[] = [];
  const uses = new Int32Array(releases.length + 1);
  for (const term of terms) {
    if (term.releases.length === 0) continue;
    const list = new Int32Array(term.releases.length);
    let n = 0;
    for (const release of term.releases) {
      const position = positionOf.get(release);
      if (position === undefined) continue;
      list[n++] = position;
      uses[position + 1]!++;
    }
    lists.push(list.subarray(0, n).sort());
  }
  const termStart = new Int32Array(releases.length + 1);
  for (let p = 0; p < releases.length; p++) termStart[p + 1] = termStart[p]! + uses[p + 1]!;
  const termIds = new Int32Array(termStart[releases.length]!);
  const indexIn = new Int32Array(termStart[releases.length]!);
  const filled = termStart.slice(0, releases.length);
  lists.forEach((list, id) => {
    list.forEach((position, index) => {
      termIds[filled[position]!] = id;
      indexIn[filled[position]!++] = index;
    });
  });

  // Stamps instead of fresh sets per call: the arrays are reused, a counter marks a call.
  const mine = new Int32Array(lists.length);
  const seen = new Int32Array(releases.length);
  const bestPosition = new Int32Array(limit);
  const bestScore = new Int32Array(limit);
  const bestDistance = new Float64Array(limit);
  let stamp = 0;

  return (release) => {
    const position = positionOf.get(release);
    if (position === undefined || limit === 0) return [];
    const from = termStart[position]!;
    const to = termStart[position + 1]!;
    if (to === from) return [];
    stamp++;
    for (let t = from; t < to; t++) mine[termIds[t]!] = stamp;
    seen[position] = stamp;
    const at = time[position]!;
    let count = 0;
    for (let t = from; t < to; t++) {
      const list = lists[termIds[t]!]!;
      const index = indexIn[t]!;
      for (let i = Math.max(0, index - reach), end = Math.min(list.length - 1, index + reach); i <= end; i++) {
        const candidate = list[i]!;
        if (seen[candidate] === stamp) continue;
        seen[candidate] = stamp;
        let score = 0;
        for (let u = termStart[candidate]!, stop = termStart[candidate + 1]!; u < stop; u++) if (mine[termIds[u]!] === stamp) score++;
        const distance = Math.abs(time[candidate]! - at);
        // Insert into the best list, kept sorted by score (high first), distance (near first), then position (newest first).
        let slot = count;
        while (slot > 0 && (score > bestScore[slot - 1]! || (score === bestScore[slot - 1]!
          && (distance < bestDistance[slot - 1]! || (distance === bestDistance[slot - 1]! && candidate < bestPosition[slot - 1]!))))) slot--;
        if (slot >= limit) continue;
        for (let m = Math.min(count, limit - 1); m > slot; m--) {
          bestScore[m] = bestScore[m - 1]!;
          bestDistance[m] = bestDistance[m - 1]!;
          bestPosition[m] = bestPosition[m - 1]!;
        }
        bestScore[slot] = score;
        bestDistance[slot] = distance;
        bestPosition[slot] = candidate;
        if (count < limit) count++;
      }
    }
    return Array.from(bestPosition.subarray(0, count), (p) => releases[p]!);
  };
}
