import { Feed } from "feed";
import { BuildError } from "../errors.ts";
import { escapeXml, xmlText } from "../xml/escape-xml.ts";
import { feedUpdated, type FeedEntry, type FeedInfo } from "./feed-model.ts";

/**
 * Atom 1.0 (RFC 4287) through the `feed` package, which gets the document's structure
 * right and its text wrong (feed@6.0.0 with xml-js):
 * - entry title and summary are always `type="html"` in CDATA, so plain text had to be
 *   sent entity-escaped, and readers that show the HTML source (rss-parser, used by
 *   many aggregators) showed "&#39;easy cash&#39;";
 * - attribute values get only "&" escaped, so a "<" in a term label made the document
 *   unparseable;
 * - text nodes have "&amp;" turned back into "&" before escaping, so a title that says
 *   "&amp;" read "&";
 * - nothing drops the characters XML 1.0 forbids (a vertical tab pasted from a word
 *   processor, U+0001), and one of them leaves the whole feed not well-formed.
 * So `feed` only ever sees tokens for text (U+E000, a number, U+E000) and each token is
 * written afterwards by `escapeXml`, the sitemaps' rule; entry title and summary become
 * `type="text"`. Content stays HTML in CDATA, through `xmlText`, with every "]]>" written
 * "]]&gt;" (xml-js splits only the first, and HTML reads both the same). U+E000, a
 * private-use character, is dropped from all feed text so a token cannot be forged.
 */
const mark = "\uE000";
const tokenPattern = /\uE000(\d+)\uE000/g;
const plainTextElement = /<(title|summary) type="html"><!\[CDATA\[\uE000(\d+)\uE000\]\]><\/\1>/g;

export function renderAtomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const texts: string[] = [];
  const text = (value: string): string => {
    texts.push(clean(value));
    return `${mark}${texts.length - 1}${mark}`;
  };
  /** Optional elements (subtitle, summary) are left out when their text is empty. */
  const optionalText = (value: string): string | undefined => (clean(value) === "" ? undefined : text(value));
  const feed = new Feed({
    id: text(info.feedUrl),
    title: text(info.title),
    description: optionalText(info.description),
    link: info.homeUrl,
    feed: info.feedUrl,
    language: info.language,
    updated: new Date(feedUpdated(info, entries)),
    author: { name: text(info.author.name), link: info.author.url },
    generator: "Newsroom",
    ...(info.logo ? { image: text(info.logo) } : {}),
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: text(entry.title),
      description: optionalText(entry.summary),
      content: clean(entry.contentHtml).replaceAll("]]>", "]]&gt;"),
      date: new Date(entry.updated),
      published: new Date(entry.published),
      category: entry.categories.map((c) => ({ term: text(c.label), scheme: c.scheme })),
    });
  }
  const atom = feed
    .atom1()
    .replace(plainTextElement, (_, element: string, index: string) => `<${element} type="text">${escapeXml(texts[Number(index)]!)}</${element}>`);
  if (atom.includes(`<![CDATA[${mark}`)) {
    throw new BuildError("The `feed` package no longer writes Atom titles and summaries as lib/feeds/atom-feed.ts expects; check its output against that file before upgrading it.");
  }
  return withEnclosures(atom.replace(tokenPattern, (_, index: string) => escapeXml(texts[Number(index)]!)), entries);
}

/**
 * Each entry's documents as `<link rel="enclosure">` (RFC 4287 4.2.7.2): feed@6 writes one
 * enclosure an entry at most and guesses its type from the extension ("image/pdf"), so
 * they are added here, before each entry's end, in entry order.
 */
function withEnclosures(atom: string, entries: readonly FeedEntry[]): string {
  if (!entries.some((entry) => entry.enclosures.length > 0)) return atom;
  const parts = atom.split("</entry>");
  return parts.map((part, i) => {
    const enclosures = entries[i]?.enclosures ?? [];
    if (i === parts.length - 1 || enclosures.length === 0) return part;
    const indent = /\n(\s*)<[^\n]*$/.exec(part)?.[1] ?? "        ";
    return part.replace(/\s*$/, "") + enclosures.map((e) =>
      `\n${indent}<link rel="enclosure" type="${escapeXml(e.mime)}" length="${e.bytes}" title="${escapeXml(clean(e.title))}" href="${escapeXml(e.url)}"/>`).join("") + "\n    ";
  }).join("</entry>");
}

function clean(text: string): string {
  return xmlText(text).replaceAll(mark, "");
}
