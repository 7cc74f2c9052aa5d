/**
 * Related releases: the releases that share the most terms with it near it in time, nearest
 * in time on ties, up to five.
 *
 * "Near in time" is per term: among the `reach` releases on either side of it in that
 * term's list (each list is newest first). A candidate's score is the number of its terms
 * in whose lists it is that near. A term with at most `reach` other releases is read whole,
 * so a release sharing a specific term is always a candidate and that term always counts; what
 * the reach leaves out is the far ends of the common terms' lists: a release that shares
 * "Burglary" with it ten years apart does not count as sharing it.
 *
 * Why windows rather than whole lists: an answer then depends only on what lies near the
 * release, so a release added at the top of a list changes the answers of the releases
 * within `reach` of it in its terms' lists and no other, and each answer costs at most
 * `2 × reach` candidates per term, counted without looking up their terms. Every build
 * finds every answer again. An earlier version scanned whole lists under a budget: its
 * answers were an approximation, an addition changed thousands of them, and a build at
 * 50,000 releases spent seconds finding them (bench/README.md).
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
 * Indexes once (linear in term uses); each call then reads at most `2 × reach + 1`
 * positions per term. `releases` must be newest first, like every term's list.
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
  // termStart[p + 1]]): the loops below then touch no objects and allocate nothing.
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
  const seen = new Int32Array(releases.length);
  const hits = new Int32Array(releases.length);
  const touched = new Int32Array(releases.length);
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
    seen[position] = stamp;
    // Each term's window adds one to the score of every release in it.
    let candidates = 0;
    for (let t = from; t < to; t++) {
      const list = lists[termIds[t]!]!;
      const index = indexIn[t]!;
      for (let i = Math.max(0, index - reach), end = Math.min(list.length - 1, index + reach); i <= end; i++) {
        const candidate = list[i]!;
        if (seen[candidate] !== stamp) {
          seen[candidate] = stamp;
          hits[candidate] = 0;
          touched[candidates++] = candidate;
        }
        hits[candidate]!++;
      }
    }
    const at = time[position]!;
    let count = 0;
    for (let c = 0; c < candidates; c++) {
      const candidate = touched[c]!;
      const score = hits[candidate]!;
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
    return Array.from(bestPosition.subarray(0, count), (p) => releases[p]!);
  };
}
