import type { Release } from "../../lib/model/release.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { renderReleasePage } from "../release-page.ts";

interface Data {
  readonly newsroom: Newsroom;
  readonly release: Release;
}

// One template paginated over the loaded releases, not one template per Markdown
// file: Eleventy 3.1.8 looks templates up linearly (11ty/eleventy#3938), which makes
// a per-file site quadratic at 10,000+ releases.
export const data = {
  pagination: { data: "newsroom.renderedPages", size: 1, alias: "release" },
  eleventyExcludeFromCollections: true,
  permalink: (data: Data) => data.release.url,
};

export function render(data: Data): string {
  return renderReleasePage(data.newsroom, data.release);
}
