import type { ListPage } from "../../lib/site/site-model.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { renderListPage } from "../list-page.ts";

interface Data {
  readonly newsroom: Newsroom;
  readonly listPage: ListPage;
}

// One template over every precomputed list page (news, years, months, terms, types,
// and the indexes): one entry per written file, grouped once per build in lib/.
export const data = {
  pagination: { data: "newsroom.renderedListPages", size: 1, alias: "listPage" },
  eleventyExcludeFromCollections: true,
  permalink: (data: Data) => data.listPage.path,
};

export function render(data: Data): string {
  return renderListPage(data.newsroom, data.listPage);
}
