import { brandStylesheet, brandStylesheetPath } from "../../lib/branding/brand-stylesheet.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { siteWide } from "../site-wide.ts";

interface Data {
  readonly newsroom: Newsroom;
}

// Written only when site.json names a brand colour (permalink false otherwise).
export const data = {
  eleventyExcludeFromCollections: true,
  permalink: siteWide((data) => (brandStylesheet(data.newsroom.config) === undefined ? false : brandStylesheetPath)),
};

export function render(data: Data): string {
  return brandStylesheet(data.newsroom.config) ?? "";
}
