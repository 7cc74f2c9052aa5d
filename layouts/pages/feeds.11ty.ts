import { renderFeedFile, siteFeedFiles, type FeedFile } from "../../lib/feeds/site-feeds.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";

interface Data {
  readonly newsroom: Newsroom;
  readonly feed: FeedFile;
}

// Every feed file (the newsroom's Atom and JSON Feed, one Atom feed per term and type)
// from one template; entries are built once per release however many feeds carry them.
export const data = {
  feedPlan: [],
  pagination: {
    data: "feedPlan",
    size: 1,
    alias: "feed",
    before: (_items: unknown[], data: Data) => siteFeedFiles(data.newsroom).filter((feed) => data.newsroom.renders(feed.path)),
  },
  eleventyExcludeFromCollections: true,
  permalink: (data: Data) => data.feed.path,
};

export function render(data: Data): string {
  return renderFeedFile(data.newsroom, data.feed);
}
