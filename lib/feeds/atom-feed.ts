import { Feed } from "feed";
import { escapeHtml } from "../html/html.ts";
import { feedUpdated, type FeedEntry, type FeedInfo } from "./feed-model.ts";

/**
 * Atom 1.0 (RFC 4287) through the `feed` package, with its two escaping gaps closed
 * here (feed@6.0.0 with xml-js): attribute values get only "&" escaped, so a "<" in a
 * term label would make the document unparseable, and only the first "]]>" in a CDATA
 * section is split. "<" in labels travels as a private-use placeholder and is written
 * as &lt; afterwards; "]]>" in the body is written "]]&gt;", which HTML reads the same.
 */
const placeholder = "\uE000";

export function renderAtomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: info.feedUrl,
    title: info.title,
    description: info.description,
    link: info.homeUrl,
    feed: info.feedUrl,
    language: info.language,
    updated: new Date(feedUpdated(info, entries)),
    author: { name: info.author.name, link: info.author.url },
    generator: "Newsroom",
    ...(info.logo ? { image: info.logo } : {}),
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      // Atom title, summary and content are sent as type="html": text must arrive escaped.
      title: escapeHtml(clean(entry.title)),
      description: escapeHtml(clean(entry.summary)),
      content: clean(entry.contentHtml).replaceAll("]]>", "]]&gt;"),
      date: new Date(entry.updated),
      published: new Date(entry.published),
      category: entry.categories.map((c) => ({ term: clean(c.label).replaceAll("<", placeholder), scheme: c.scheme })),
    });
  }
  return feed.atom1().replaceAll(placeholder, "&lt;");
}

function clean(text: string): string {
  return text.replaceAll(placeholder, "");
}
