import { hostHeaderGroups, renderHeadersFile } from "../../lib/hosting/headers-file.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { headersFilePath } from "../../lib/urls/site-urls.ts";
import { siteWide } from "../site-wide.ts";

// Netlify's and Cloudflare Pages' response headers: CSP, caching (lib/hosting/headers-file.ts).
export const data = { permalink: siteWide(headersFilePath), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  const siblings = data.newsroom.languageLinks?.siblings() ?? [];
  return renderHeadersFile(hostHeaderGroups(data.newsroom.config, data.newsroom.searchShards.pages.length, siblings.map((s) => ({ folder: `/${s.language.segment}`, searchShards: s.searchShards }))));
}
