import type { Newsroom } from "../../lib/site/newsroom.ts";
import { siteNewsSitemap } from "../../lib/sitemaps/site-sitemap.ts";
import { newsSitemapPath } from "../../lib/urls/site-urls.ts";

export const data = { permalink: newsSitemapPath, eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return siteNewsSitemap(data.newsroom);
}
