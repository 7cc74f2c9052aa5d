import type { Newsroom } from "../../lib/site/newsroom.ts";
import { renderHomePage } from "../home-page.ts";

export const data = { permalink: "/", eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderHomePage(data.newsroom);
}
