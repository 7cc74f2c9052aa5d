import type { SiteFingerprints } from "./fingerprints.ts";

/**
 * What the previous build left for the next one (`<out>.builds/incremental.json`): the
 * build folder it describes, the key it was built with and every fingerprint.
 */
export interface IncrementalRecord {
  readonly version: 4;
  /** Name of the build folder in the store that these fingerprints describe. */
  readonly build: string;
  /** Code, configuration and mode: when it differs, nothing of the previous build is reused. */
  readonly key: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly shards: Readonly<Record<string, string>>;
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

export function recordOf(build: string, key: string, fingerprints: SiteFingerprints): IncrementalRecord {
  return {
    version: 4,
    build,
    key,
    outputs: Object.fromEntries(fingerprints.outputs),
    shards: Object.fromEntries([...fingerprints.shards].map(([shard, fingerprint]) => [String(shard), fingerprint])),
  };
}
