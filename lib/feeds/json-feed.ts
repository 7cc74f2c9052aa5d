import { xmlText } from "../xml/escape-xml.ts";
import type { FeedEntry, FeedInfo } from "./feed-model.ts";

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written here rather than by
 * the `feed` package: feed@6.0.0 emits version 1 (a single `author`, no `language`,
 * no `authors`), and the 1.1 shape is a small typed object. JSON can carry any
 * character, but text goes through the rule of the Atom feeds and sitemaps (`xmlText`):
 * a stray control character is noise to every reader, and the entry should read the
 * same in both formats.
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
  readonly attachments?: readonly { readonly url: string; readonly mime_type: string; readonly title: string; readonly size_in_bytes: number }[];
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
    title: xmlText(info.title),
    home_page_url: info.homeUrl,
    feed_url: info.feedUrl,
    description: xmlText(info.description),
    language: info.language,
    authors: [{ name: xmlText(info.author.name), url: info.author.url }],
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: xmlText(entry.title),
      content_html: xmlText(entry.contentHtml),
      summary: xmlText(entry.summary),
      date_published: entry.published,
      date_modified: entry.updated,
      ...(entry.categories.length ? { tags: [...new Set(entry.categories.map((c) => xmlText(c.label)))] } : {}),
      ...(entry.enclosures.length ? { attachments: entry.enclosures.map((e) => ({ url: e.url, mime_type: e.mime, title: xmlText(e.title), size_in_bytes: e.bytes })) } : {}),
    })),
  };
}

export function renderJsonFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  return `${JSON.stringify(jsonFeed(info, entries), null, 2)}\n`;
}
