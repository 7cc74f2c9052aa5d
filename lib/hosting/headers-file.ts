import type { SiteConfig } from "../config/site-config.ts";
import { adminContentSecurityPolicy, type AdminPolicySettings } from "../cms/admin-csp.ts";
import { searchContentSecurityPolicy } from "../search/content-security-policy.ts";
import {
  adminFolder,
  assetsFolder,
  imagesFolder,
  newsPath,
  newsSitemapPath,
  notFoundPath,
  robotsPath,
  searchIndexFolder,
  searchPath,
  siteAtomFeedPath,
  siteJsonFeedPath,
  sitemapPath,
  sitemapsFolder,
  taxonomyPath,
  typesIndexPath,
} from "../urls/site-urls.ts";
import type { HeaderRule } from "./host-rules.ts";
import { folderRule, rulePath } from "./rule-paths.ts";

/** A run of `_headers` rules (a path, exact or a folder ending in `/*`, and its headers) under one explaining comment. */
export interface HeaderGroup {
  readonly comment: string;
  readonly rules: readonly HeaderRule[];
}

export const cacheControl = {
  /** For files whose name changes whenever their content does. */
  immutable: "public, max-age=31536000, immutable",
  /** For /assets/: stylesheets and scripts keep their names when they change, so an hour, then ask again. */
  assets: "public, max-age=3600, must-revalidate",
  /** Pages, feeds, sitemaps: asked again on every use (an ETag makes that a 304), so a rebuild shows at once. */
  revalidate: "public, max-age=0, must-revalidate",
} as const;

/** Pagefind's folders of content-named files in every shard: fragment/en_c012441.pf_fragment and so on. */
const hashedSearchFolders = ["fragment/", "index/", "filter/"] as const;

/**
 * The headers the site needs from its host, as groups of `_headers` rules.
 *
 * Both hosts add every rule that matches a request and join a header that two matching
 * rules set ("public, max-age=0, …, public, max-age=31536000, …"), so Cache-Control
 * rules never overlap: immutable caching goes only to content-named folders (Pagefind's, /img/),
 * an hour to /assets/, revalidation to the folders and files of pages, feeds and
 * sitemaps. Everything else (Pagefind's runtime and its `pf_meta`, which sit beside each
 * other; redirect pages; other files from public/) keeps the host's own default, which
 * on both is `public, max-age=0, must-revalidate`.
 */
export function hostHeaderGroups(
  config: Pick<SiteConfig, "pathPrefix" | "taxonomies"> & { readonly cms?: AdminPolicySettings },
  searchShards: number,
  /** A multilingual site's other languages, by URL folder ("/fr"), with their search shards (issue #14). */
  otherLanguages: readonly { readonly folder: string; readonly searchShards: number }[] = [],
): HeaderGroup[] {
  const cache = (value: string) => [["Cache-Control", value]] as const;
  const languages = [{ folder: "", searchShards }, ...otherLanguages];
  const shards = languages.flatMap((language) => Array.from({ length: language.searchShards }, (_, i) => `${language.folder}${searchIndexFolder(i + 1)}`));
  const languagePageFolders = [newsPath, typesIndexPath, searchPath, sitemapsFolder, ...config.taxonomies.map((taxonomy) => taxonomyPath(taxonomy.slug))];
  const pageFolders = languages.flatMap((language) => languagePageFolders.map((folder) => `${language.folder}${folder}`));
  const pageFiles = [
    "/", notFoundPath, siteAtomFeedPath, siteJsonFeedPath, sitemapPath, newsSitemapPath, robotsPath,
    ...otherLanguages.flatMap((language) => ["/", siteAtomFeedPath, siteJsonFeedPath, sitemapPath, newsSitemapPath].map((file) => `${language.folder}${file}`)),
  ];
  return [
    {
      comment: "Every response: the Content-Security-Policy search works under (docs/architecture.md), and no MIME sniffing.",
      rules: [
        {
          path: folderRule(config, "/"),
          headers: [
            ["Content-Security-Policy", searchContentSecurityPolicy],
            ["X-Content-Type-Options", "nosniff"],
            ["Referrer-Policy", "strict-origin-when-cross-origin"],
          ],
        },
      ],
    },
    {
      comment: "Pagefind and the image renditions name these files by their content: a changed file is a new name.",
      rules: [
        ...shards.flatMap((shard) => hashedSearchFolders.map((folder) => ({ path: folderRule(config, `${shard}${folder}`), headers: cache(cacheControl.immutable) }))),
        { path: folderRule(config, imagesFolder), headers: cache(cacheControl.immutable) },
      ],
    },
    {
      comment: "Stylesheets, the search script and images keep their names when they change.",
      rules: [{ path: folderRule(config, assetsFolder), headers: cache(cacheControl.assets) }],
    },
    {
      comment: "Pages, feeds and sitemaps: asked again on every use, so a rebuild (a scheduled release, a withdrawal) shows at once.",
      rules: [
        ...pageFiles.map((path) => ({ path: rulePath(config, path), headers: cache(cacheControl.revalidate) })),
        ...pageFolders.map((folder) => ({ path: folderRule(config, folder), headers: cache(cacheControl.revalidate) })),
      ],
    },
    {
      comment:
        "The browser editor (lib/cms/admin-csp.ts) cannot run under the site's policy: Cloudflare Pages drops it here (!) for the editor's own. " +
        "Not for search engines; its bundle keeps its names across versions.",
      rules: [
        {
          path: folderRule(config, adminFolder),
          detach: ["Content-Security-Policy"],
          headers: [
            // GitHub is Decap's default backend, and site.json's.
            ["Content-Security-Policy", adminContentSecurityPolicy(config.cms ?? { backend: "github" })],
            ["X-Robots-Tag", "noindex"],
            ...cache(cacheControl.revalidate),
          ],
        },
      ],
    },
  ];
}

/** `_headers` as Netlify and Cloudflare Pages read it: a path line, then indented `Name: value` lines. */
export function renderHeadersFile(groups: readonly HeaderGroup[]): string {
  const blocks = groups.map(
    (group) =>
      `# ${group.comment}\n${group.rules
        .map((rule) => `${rule.path}\n${(rule.detach ?? []).map((name) => `  ! ${name}\n`).join("")}${rule.headers.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`)
        .join("")}`,
  );
  return `# Written by \`npm run build\` (lib/hosting/headers-file.ts); see docs/deployment.md.\n\n${blocks.join("\n")}`;
}
