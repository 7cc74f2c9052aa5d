import type { SiteConfig } from "../config/site-config.ts";
import type { Release } from "../model/release.ts";
import type { TypeEntry } from "../site/site-model.ts";
import { typePath } from "../urls/site-urls.ts";

/** One entry per configured release type, in config order; `releases` must be newest first. */
export function buildTypeEntries(releases: readonly Release[], config: Pick<SiteConfig, "releaseTypes">): TypeEntry[] {
  const byType = new Map<string, Release[]>(config.releaseTypes.map((type) => [type.key, []]));
  for (const release of releases) byType.get(release.type)?.push(release);
  return config.releaseTypes.map((type) => ({ type, path: typePath(type.key), releases: byType.get(type.key)! }));
}
