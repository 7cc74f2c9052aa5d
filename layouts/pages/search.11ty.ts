import type { Newsroom } from "../../lib/site/newsroom.ts";
import { renderSearchPage } from "../search-page.ts";

export const data = { permalink: "/search/", eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderSearchPage(data.newsroom);
}
