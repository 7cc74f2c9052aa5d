/**
 * A small seeded PRNG (mulberry32) and the draws the corpus generator needs. Seeded so
 * that every run of the benchmark builds byte-identical content and results compare.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Up to `count` distinct items drawn with `draw`. */
  distinct<T>(count: number, draw: () => T): T[] {
    const chosen = new Set<T>();
    for (let attempt = 0; chosen.size < count && attempt < count * 10; attempt++) chosen.add(draw());
    return [...chosen];
  }
}

/**
 * Draws items with Zipf-like frequencies (weight 1/rank^exponent): natural text and
 * editors' tagging both use a few items very often and most items rarely, which is
 * what makes search indexes and term pages grow the way they do on real sites.
 */
export class ZipfPicker<T> {
  private readonly cumulative: number[];

  constructor(
    private readonly items: readonly T[],
    exponent = 1,
  ) {
    let total = 0;
    this.cumulative = items.map((_, rank) => (total += 1 / (rank + 1) ** exponent));
  }

  pick(random: SeededRandom): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return this.items[low]!;
  }
}
