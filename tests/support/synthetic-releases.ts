import type { Release } from "../../lib/model/release.ts";
import { makeReleases, type ReleaseSpec } from "./release-factory.ts";

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

export function syntheticReleases(count: number, seed: number): Release[] {
  return makeReleases(syntheticSpecs(count, seed));
}

/** The specs behind syntheticReleases, for tests that change some before making releases. */
export function syntheticSpecs(count: number, seed: number): ReleaseSpec[] {
  const next = random(seed);
  // Skewed like real newsrooms: a few terms on most releases, many rare ones.
  const pick = (n: number) => `Term ${Math.floor(Math.pow(next(), 3) * n)}`;
  const specs: ReleaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 3_600_000 * 5).toISOString();
    specs.push({
      title: `Release ${i}`,
      date: day,
      terms: {
        crime_areas: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(15)))],
        target_groups: [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(40)))],
      },
    });
  }
  return specs;
}

