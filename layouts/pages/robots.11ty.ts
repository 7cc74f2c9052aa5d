import type { Newsroom } from "../../lib/site/newsroom.ts";
import { siteRobots } from "../../lib/sitemaps/site-sitemap.ts";
import { siteWide } from "../site-wide.ts";

export const data = { permalink: siteWide("/robots.txt"), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return siteRobots(data.newsroom);
}
