import { hostHeaderGroups, renderHeadersFile } from "../../lib/hosting/headers-file.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { headersFilePath } from "../../lib/urls/site-urls.ts";

// Netlify's and Cloudflare Pages' response headers: CSP, caching (lib/hosting/headers-file.ts).
export const data = { permalink: headersFilePath, eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderHeadersFile(hostHeaderGroups(data.newsroom.config, data.newsroom.searchShards.pages.length));
}
