import { renderNginxRedirectMap } from "../../lib/hosting/nginx-redirects.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { nginxRedirectsFilePath } from "../../lib/urls/site-urls.ts";
import { siteWide } from "../site-wide.ts";

// The redirects as an nginx map for docs/nginx.conf.example (lib/hosting/nginx-redirects.ts).
export const data = { permalink: siteWide(nginxRedirectsFilePath), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderNginxRedirectMap(data.newsroom.config, data.newsroom.redirects);
}
