import type { FeedEntry, FeedInfo } from "./feed-model.ts";

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written here rather than by
 * the `feed` package: feed@6.0.0 emits version 1 (a single `author`, no `language`,
 * no `authors`), and the 1.1 shape is a small typed object.
 */
export interface JsonFeedAuthor {
  readonly name: string;
  readonly url: string;
}

export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly content_html: string;
  readonly summary: string;
  readonly date_published: string;
  readonly date_modified: string;
  readonly tags?: readonly string[];
}

export interface JsonFeed {
  readonly version: "https://jsonfeed.org/version/1.1";
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly description: string;
  readonly language: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly items: readonly JsonFeedItem[];
}

export function jsonFeed(info: FeedInfo, entries: readonly FeedEntry[]): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: info.title,
    home_page_url: info.homeUrl,
    feed_url: info.feedUrl,
    description: info.description,
    language: info.language,
    authors: [{ name: info.author.name, url: info.author.url }],
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary,
      date_published: entry.published,
      date_modified: entry.updated,
      ...(entry.categories.length ? { tags: [...new Set(entry.categories.map((c) => c.label))] } : {}),
    })),
  };
}

export function renderJsonFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  return `${JSON.stringify(jsonFeed(info, entries), null, 2)}\n`;
}
