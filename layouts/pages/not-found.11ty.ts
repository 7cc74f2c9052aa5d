import type { Newsroom } from "../../lib/site/newsroom.ts";
import { renderNotFoundPage } from "../not-found-page.ts";
import { siteWide } from "../site-wide.ts";

export const data = { permalink: siteWide("/404.html"), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderNotFoundPage(data.newsroom);
}
