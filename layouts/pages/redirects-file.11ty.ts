import { renderRedirectsFile } from "../../lib/hosting/redirects-file.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { redirectsFilePath } from "../../lib/urls/site-urls.ts";
import { siteWide } from "../site-wide.ts";

// Netlify's and Cloudflare Pages' redirect rules (lib/hosting/redirects-file.ts).
export const data = { permalink: siteWide(redirectsFilePath), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderRedirectsFile(data.newsroom.config, data.newsroom.redirects);
}
