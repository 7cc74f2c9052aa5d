import { createHash } from "node:crypto";
import { feedSize, siteFeedFiles } from "../../feeds/site-feeds.ts";
import type { Release } from "../../model/release.ts";
import type { Newsroom } from "../../site/newsroom.ts";
import type { ListPage } from "../../site/site-model.ts";

/**
 * What each page of a build is made of, as a digest (issue #13). A page's output is a
 * pure function of the data it reads, the site configuration and the code; two builds
 * with the same code and configuration (the build key) that give a page the same
 * fingerprint write the same bytes, so an incremental build takes that page from the
 * previous build instead of rendering it. The search index works the same way, per shard.
 */
export interface SiteFingerprints {
  /** Output path (no prefix) of every release page, list and index page and feed → fingerprint. */
  readonly outputs: ReadonlyMap<string, string>;
  /** Search shard → fingerprint of the pages it indexes, in the order they are indexed. */
  readonly shards: ReadonlyMap<number, string>;
  /** The release pages each shard indexes, newest first (the order Pagefind is fed). */
  readonly shardPages: ReadonlyMap<number, readonly string[]>;
}

const digest = (text: string) => createHash("sha1").update(text).digest("base64url");

/** What a list shows of a release: the entry the list templates write, nothing more. */
function listed(site: Newsroom, release: Release, withSummary = true): unknown[] {
  return [release.url, release.title, release.date, release.type, withSummary ? release.summary : "", site.visibility(release).notice];
}

export function siteFingerprints(site: Newsroom): SiteFingerprints {
  const articles = new Map<string, string>();
  const outputs = new Map<string, string>();
  for (const release of site.pages) {
    // The article: everything the search record is made of (related releases are outside it).
    // The body is hashed as it is: escaping it into the JSON cost more than hashing it.
    const { body, ...fields } = release;
    const article = createHash("sha1").update(JSON.stringify([
      fields,
      site.visibility(release),
      site.config.taxonomies.map((taxonomy) => site.termLinks(release, taxonomy)),
      site.typeHasPage(release.type),
      site.releaseAncestors(release),
      site.media?.facts(release),
    ])).update("\0").update(body).digest("base64url");
    articles.set(release.url, article);
    // Related releases are listed without their summaries (layouts/related-releases.ts).
    // Its language versions (issue #14) are in its head and its language switch.
    outputs.set(release.url, digest(JSON.stringify([article, site.relatedReleases(release).map((r) => listed(site, r, false)), site.hreflangAlternates(release.url)])));
  }

  const shared: SharedDigests = new Map();
  // A release is on several lists (news, its year, month, type and terms): serialised once.
  const entries = new Map<Release, string>();
  const entryOf = (release: Release) => entries.get(release) ?? entries.set(release, JSON.stringify(listed(site, release))).get(release)!;
  for (const page of site.listPages) {
    const fingerprint = listPageFingerprint(page, shared, entryOf);
    outputs.set(page.path, site.languageLinks ? digest(fingerprint + JSON.stringify(site.hreflangAlternates(page.path))) : fingerprint);
  }
  // A feed shows its newest entries in full; an empty one is dated at the build time.
  for (const feed of siteFeedFiles(site)) {
    const entries = feed.releases.slice(0, feedSize).map((release) => articles.get(release.url));
    outputs.set(feed.path, digest(JSON.stringify([feed.path, feed.format, feed.title, feed.description, feed.pagePath, entries, entries.length === 0 ? site.buildTime.toISO() : ""])));
  }

  const shardPages = new Map<number, string[]>();
  for (const release of site.releases) {
    const shard = site.searchShardAt(release.url);
    if (shard === undefined) continue;
    let urls = shardPages.get(shard);
    if (!urls) shardPages.set(shard, (urls = []));
    urls.push(release.url);
  }
  const shards = new Map<number, string>();
  for (const [shard, urls] of shardPages) shards.set(shard, digest(JSON.stringify(urls.map((url) => [url, articles.get(url)]))));
  return { outputs, shards, shardPages };
}

/** Digests of entries many list pages name, once per build, by the lists left out of them. */
type SharedDigests = Map<string, Map<object, string>>;

/**
 * Of the entries a list page names, the lists it does not show (by key, at any depth):
 * /news/ shows each year with its count, not its months; a page names its neighbouring
 * year or month, its year (a month's breadcrumb) or its taxonomy (above a term) by label
 * and path only (layouts/list-page.ts). Fingerprinting those in full made every page of
 * every term of a taxonomy render again when one term gained a release, though not a
 * byte of it changed: half of what an addition rendered.
 */
const unshown: Partial<Record<ListPage["kind"], Readonly<Record<string, readonly string[]>>>> = {
  news: { news: ["months"] },
  year: { earlier: ["releases", "months"], later: ["releases", "months"] },
  month: { year: ["releases", "months"], earlier: ["releases"], later: ["releases"] },
  term: { taxonomy: ["terms"] },
};

/**
 * A list page shows its own releases in full and of every other list it names (years,
 * months, terms) only the count, or nothing (above): nested release lists are reduced to
 * their length, which keeps this linear in the page, not in the site. An older page shows
 * no counts at all (lib/pagination/anchored-pages.ts), so there they are left out: that
 * is what lets an addition leave older pages alone. The entries many pages name (/news/
 * with its years, a term, a year) are digested once per build, in `shared`: serialising
 * them for every page was most of the time spent here.
 */
function listPageFingerprint(page: ListPage, shared: SharedDigests, entryOf: (release: Release) => string): string {
  const left = unshown[page.kind] ?? {};
  const counts = page.newest;
  // Only the page's own fields: its releases as listed, other entries by their shared digest, values as they are.
  const fields: string[] = [];
  for (const [key, value] of Object.entries(page) as [string, unknown][]) {
    if (value === undefined) continue;
    if (key === "releases") {
      fields.push(`releases ${(value as readonly Release[]).map(entryOf).join(",")}`);
      continue;
    }
    if (value === null || typeof value !== "object") {
      fields.push(`${key} ${JSON.stringify(value)}`);
      continue;
    }
    const out = left[key] ?? [];
    const sharedKey = `${counts}:${out.join()}`;
    let cache = shared.get(sharedKey);
    if (!cache) shared.set(sharedKey, (cache = new Map()));
    let known = cache.get(value);
    if (known === undefined) {
      known = digest(JSON.stringify(value, (inner: string, nested: unknown) =>
        Array.isArray(nested) && out.includes(inner) ? undefined : Array.isArray(nested) && inner === "releases" ? (counts ? nested.length : undefined) : nested));
      cache.set(value, known);
    }
    fields.push(`${key} ${known}`);
  }
  return digest(fields.join("\n"));
}
