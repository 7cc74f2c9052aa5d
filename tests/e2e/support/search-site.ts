import { rm } from "node:fs/promises";
import { buildSite } from "../../../lib/build/build-site.ts";
import { serveStatic } from "../../../lib/build/static-server.ts";
import { makeFixtureSite, type FixtureRelease } from "../../support/fixture-site.ts";
import { expect, expectAccessible, test as checked } from "./page-checks.ts";

/**
 * A small newsroom built for the search specs: thirteen releases over three years and
 * three types, with crime areas and target groups, and one word ("marmalade") that
 * occurs in exactly one release. Expected counts come from this list, not the index.
 */
const crimeArea = (i: number) => (i % 2 === 0 ? ["Drug trafficking"] : ["Fraud"]).concat(i % 5 === 0 ? ["Smuggling"] : []);
const typeKeys = ["press-release", "news", "statement"] as const;

export const searchReleases: readonly (FixtureRelease & { readonly crime_areas: string[]; readonly type: string })[] = Array.from({ length: 13 }, (_, i) => ({
  title: i === 4 ? "Port officers find cocaine in a pallet of marmalade jars" : `Regional police report number ${i + 1}`,
  date: `${2014 + (i % 3)}-${String((i % 12) + 1).padStart(2, "0")}-${String(10 + i).padStart(2, "0")}`,
  type: typeKeys[i % 3]!,
  crime_areas: crimeArea(i),
  target_groups: i % 3 === 0 ? ["Citizens"] : ["Businesses"],
  summary: `Summary of report ${i + 1}.`,
  body:
    `The regional police published this report about ${crimeArea(i).join(" and ").toLowerCase()}.\n\n` +
    (i === 4 ? "Customs dogs found 80 kilos hidden in marmalade jars at the port.\n" : "Officers continue their investigation with partner services.\n"),
}));

export const uniqueWord = "marmalade";
export const uniqueTitle = searchReleases[4]!.title;
/** Every release says "police" (in its title or body): more than one page of results. */
export const commonWord = "police";
/** Thirteen releases in shards of four: three full shards and one of a single release. */
export const shardsOfFour = 4;

export function releasesWith(key: "crime_areas", term: string): number {
  return searchReleases.filter((release) => release[key].includes(term)).length;
}

export interface SearchSite {
  /** Site root URL, with the path prefix and a trailing slash. */
  readonly url: string;
  /** The built site being served, with the `_headers` the server answers with. */
  readonly outDir: string;
}

async function buildAndServe(pathPrefix: string, shardSize?: number): Promise<{ site: SearchSite; stop: () => Promise<void> }> {
  const fixture = makeFixtureSite({ pathPrefix, ...(shardSize ? { search: { shardSize } } : {}) }, Object.fromEntries(searchReleases.map((release, i) => [`release-${i}.md`, release])));
  await buildSite({ contentDir: fixture.contentDir, outDir: fixture.outDir, buildTime: "2026-11-30T12:00:00+01:00" });
  const server = await serveStatic(fixture.outDir, { pathPrefix });
  return {
    site: { url: server.url, outDir: fixture.outDir },
    stop: async () => {
      await server.close();
      await rm(fixture.root, { recursive: true, force: true });
    },
  };
}

type ServedSite = [(args: object, use: (site: SearchSite) => Promise<void>) => Promise<void>, { scope: "worker"; timeout: number }];

function servedSite(pathPrefix: string, shardSize?: number): ServedSite {
  return [
    async ({}, use) => {
      const { site, stop } = await buildAndServe(pathPrefix, shardSize);
      await use(site);
      await stop();
    },
    { scope: "worker", timeout: 120_000 },
  ];
}

/**
 * The page checks of every spec (empty console, axe) plus the fixture newsroom, built
 * and served once per test worker: `searchSite` at the root, `prefixedSearchSite`
 * under /newsroom/, `shardedSearchSite` with its index in shards of four releases.
 */
export const test = checked.extend<object, { searchSite: SearchSite; prefixedSearchSite: SearchSite; shardedSearchSite: SearchSite }>({
  searchSite: servedSite("/"),
  prefixedSearchSite: servedSite("/newsroom/"),
  shardedSearchSite: servedSite("/", shardsOfFour),
});

export { expect, expectAccessible };
