import { DateTime } from "luxon";
import { parseSiteConfig, type SiteConfig } from "../../lib/config/site-config.ts";
import { byNewest, type Release } from "../../lib/model/release.ts";
import { toSlug } from "../../lib/model/slug.ts";
import { releasePath } from "../../lib/urls/site-urls.ts";
import { fixtureConfig } from "./fixture-site.ts";

export interface ReleaseSpec {
  readonly title: string;
  /** ISO date or date-time; read in Europe/Amsterdam like the fixture config. */
  readonly date: string;
  readonly type?: string;
  readonly terms?: Readonly<Record<string, readonly string[]>>;
  readonly file?: string;
}

/**
 * A Release as the loader would make it, for unit tests of the pure browse modules
 * (which take releases, not files). Builds that go through the loader use fixture-site.ts.
 */
export function makeRelease(spec: ReleaseSpec, zone = "Europe/Amsterdam"): Release {
  const when = DateTime.fromISO(spec.date, { zone }).setZone(zone);
  const slug = toSlug(spec.title);
  const year = when.toFormat("yyyy");
  const month = when.toFormat("MM");
  return {
    sourcePath: spec.file ?? `content/releases/${slug}.md`,
    title: spec.title,
    date: when.toISO()!,
    timestamp: when.toMillis(),
    hasTime: spec.date.includes("T"),
    year,
    month,
    type: spec.type ?? "press-release",
    summary: `Summary of ${spec.title}.`,
    terms: spec.terms ?? {},
    slug,
    url: releasePath(year, month, slug),
    draft: false,
    changes: [],
    attachments: [],
    files: [],
    remoteImages: [],
    lang: "en",
    aliases: [],
    contacts: [],
    author: [],
    body: "Body.",
  };
}

/** Releases newest first, as Newsroom holds them. */
export function makeReleases(specs: readonly ReleaseSpec[]): Release[] {
  return specs.map((spec) => makeRelease(spec)).sort(byNewest);
}

export function testConfig(overrides: Record<string, unknown> = {}): SiteConfig {
  return parseSiteConfig({ ...fixtureConfig, ...overrides }, "test");
}
