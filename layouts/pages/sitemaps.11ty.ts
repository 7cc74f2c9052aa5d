import type { Newsroom } from "../../lib/site/newsroom.ts";
import type { SitemapFile } from "../../lib/sitemaps/sitemap.ts";
import { siteSitemapFiles } from "../../lib/sitemaps/site-sitemap.ts";

interface Data {
  readonly newsroom: Newsroom;
  readonly file: SitemapFile;
}

// One output per sitemap file: /sitemap.xml alone, or past 50,000 URLs a sitemap
// index there plus /sitemaps/sitemap-N.xml. The files are planned once in `before`.
export const data = {
  sitemapPlan: [],
  pagination: {
    data: "sitemapPlan",
    size: 1,
    alias: "file",
    before: (_items: unknown[], data: Data) => siteSitemapFiles(data.newsroom),
  },
  eleventyExcludeFromCollections: true,
  permalink: (data: Data) => data.file.path,
};

export function render(data: Data): string {
  return data.file.xml;
}
