import type { RelatedMemory, RememberedRelated } from "../../related/related-memory.ts";
import type { SiteFingerprints } from "./fingerprints.ts";

/**
 * What the previous build left for the next one (`<out>.builds/incremental.json`): the
 * build folder it describes, the key it was built with and every fingerprint.
 */
export interface IncrementalRecord {
  readonly version: 3;
  /** Name of the build folder in the store that these fingerprints describe. */
  readonly build: string;
  /** Code, configuration and mode: when it differs, nothing of the previous build is reused. */
  readonly key: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly shards: Readonly<Record<string, string>>;
  /**
   * Every release's related releases with their key (lib/related/related-memory.ts),
   * compactly: `urls` names each release once, and entry i is the key of urls[i]
   * followed by the positions in `urls` of its related releases (`urls` goes on past the
   * entries with related releases that have no page, so no answer, of their own).
   */
  readonly related: { readonly urls: readonly string[]; readonly entries: readonly (readonly [string, ...number[]])[] };
}

export interface BuildPlan {
  /** Why the whole site is rendered, or undefined for an incremental build. */
  readonly fullBecause: string | undefined;
  /** Outputs rendered by this build; every other fingerprinted output is taken from the previous one. */
  readonly render: ReadonlySet<string>;
  /** Search shards indexed by this build; the others are copied. */
  readonly indexShards: ReadonlySet<number>;
}

/** Every page and shard, rendered and indexed. */
export function fullPlan(fingerprints: SiteFingerprints, because: string): BuildPlan {
  return {
    fullBecause: because,
    render: new Set(fingerprints.outputs.keys()),
    indexShards: new Set(fingerprints.shards.keys()),
  };
}

/**
 * The pages and shards whose fingerprint is new or changed. A page the previous build did
 * not write (or wrote with another fingerprint) is rendered; one it wrote the same is
 * reused; pages it wrote that this build does not are simply not carried over.
 */
export function planBuild(fingerprints: SiteFingerprints, key: string, previous: IncrementalRecord | undefined): BuildPlan {
  if (!previous) return fullPlan(fingerprints, "no previous build to start from");
  if (previous.key !== key) return fullPlan(fingerprints, "the code or the site configuration changed");
  const changed = (now: ReadonlyMap<string, string>, before: Readonly<Record<string, string>>) =>
    new Set([...now].filter(([path, fingerprint]) => before[path] !== fingerprint).map(([path]) => path));
  return {
    fullBecause: undefined,
    render: changed(fingerprints.outputs, previous.outputs),
    indexShards: new Set([...fingerprints.shards].filter(([shard, fingerprint]) => previous.shards[String(shard)] !== fingerprint).map(([shard]) => shard)),
  };
}

export function recordOf(build: string, key: string, fingerprints: SiteFingerprints, related: RelatedMemory): IncrementalRecord {
  const urls = [...related.keys()];
  const position = new Map(urls.map((url, i) => [url, i]));
  // A related release without a page of its own (its type has none) has no answer here.
  const at = (url: string) => position.get(url) ?? (position.set(url, urls.push(url) - 1), urls.length - 1);
  const entries = [...related.values()].map(({ key, related: urls }) => [key, ...urls.map(at)] as const);
  return {
    version: 3,
    build,
    key,
    outputs: Object.fromEntries(fingerprints.outputs),
    shards: Object.fromEntries([...fingerprints.shards].map(([shard, fingerprint]) => [String(shard), fingerprint])),
    related: { urls, entries },
  };
}

/** The related releases a record remembers; an answer naming a release it cannot name is left out. */
export function relatedMemoryOf(record: IncrementalRecord): RelatedMemory {
  const { urls, entries } = record.related;
  const memory = new Map<string, RememberedRelated>();
  entries.forEach(([key, ...positions], i) => {
    const related = positions.map((p) => urls[p]);
    if (related.every((url): url is string => url !== undefined)) memory.set(urls[i]!, { key, related });
  });
  return memory;
}
