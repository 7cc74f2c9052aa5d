import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Spec checks for what the build writes for machines. Each returns problems as
 * sentences, empty when the document has what its spec requires.
 */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "url", "sitemap", "link", "category", "author"].includes(name) });

type Node = Record<string, unknown>;

export function parseXml(name: string, text: string): { doc?: Node; problems: string[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { problems: [`${name}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`] };
  return { doc: parser.parse(text) as Node, problems: [] };
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" ? String(value) : value && typeof value === "object" && "#text" in value ? String((value as Node)["#text"]) : undefined;
const isAbsolute = (url: string | undefined) => !!url && /^https?:\/\//.test(url);
const isDate = (value: string | undefined) => !!value && !Number.isNaN(Date.parse(value));

/** RFC 4287: feed id, title, updated, author (here or on every entry); entry id, title, updated, link; absolute URLs in content. */
export function atomProblems(name: string, xml: string): string[] {
  const { doc, problems } = parseXml(name, xml);
  if (!doc) return problems;
  const feed = doc["feed"] as Node | undefined;
  if (!feed) return [`${name}: no <feed> root`];
  if (feed["@xmlns"] !== "http://www.w3.org/2005/Atom") problems.push(`${name}: feed is not in the Atom namespace`);
  if (!isAbsolute(text(feed["id"]))) problems.push(`${name}: feed id is not an absolute URL`);
  if (!text(feed["title"])) problems.push(`${name}: feed has no title`);
  if (!isDate(text(feed["updated"]))) problems.push(`${name}: feed updated is not a date`);
  const feedAuthor = ((feed["author"] as Node[] | undefined) ?? []).some((a) => text(a["name"]));
  const links = (feed["link"] as Node[] | undefined) ?? [];
  if (!links.some((l) => l["@rel"] === "self" && isAbsolute(l["@href"] as string))) problems.push(`${name}: no absolute rel="self" link`);
  for (const [i, entry] of ((feed["entry"] as Node[] | undefined) ?? []).entries()) {
    const where = `${name}: entry ${i + 1}`;
    if (!isAbsolute(text(entry["id"]))) problems.push(`${where}: id is not an absolute URL`);
    if (!text(entry["title"])) problems.push(`${where}: no title`);
    if (!isDate(text(entry["updated"]))) problems.push(`${where}: updated is not a date`);
    if (!isDate(text(entry["published"]))) problems.push(`${where}: published is not a date`);
    if (!((entry["link"] as Node[] | undefined) ?? []).some((l) => isAbsolute(l["@href"] as string))) problems.push(`${where}: no absolute link`);
    if (!feedAuthor && !((entry["author"] as Node[] | undefined) ?? []).some((a) => text(a["name"]))) problems.push(`${where}: no author (and none on the feed)`);
    const content = text(entry["content"]) ?? "";
    if (!content) problems.push(`${where}: no content`);
    for (const [, url] of content.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (!isAbsolute(url) && !/^[a-z]+:/i.test(url ?? "")) problems.push(`${where}: relative URL "${url}" in content`);
    }
  }
  return problems;
}

/** JSON Feed 1.1: version URL, title, items each with id and content_html or content_text. */
export function jsonFeedProblems(name: string, json: string): string[] {
  let feed: Node;
  try {
    feed = JSON.parse(json) as Node;
  } catch (error) {
    return [`${name}: not JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (feed["version"] !== "https://jsonfeed.org/version/1.1") problems.push(`${name}: version is ${String(feed["version"])}, not https://jsonfeed.org/version/1.1`);
  if (typeof feed["title"] !== "string" || !feed["title"]) problems.push(`${name}: no title`);
  if (!isAbsolute(feed["feed_url"] as string)) problems.push(`${name}: feed_url is not absolute`);
  if (!Array.isArray(feed["items"])) return [...problems, `${name}: items is not an array`];
  for (const [i, item] of (feed["items"] as Node[]).entries()) {
    if (typeof item["id"] !== "string" || !item["id"]) problems.push(`${name}: item ${i + 1} has no id`);
    if (typeof item["content_html"] !== "string" && typeof item["content_text"] !== "string") problems.push(`${name}: item ${i + 1} has neither content_html nor content_text`);
  }
  return problems;
}

export interface SitemapContents {
  readonly locs: string[];
  readonly problems: string[];
}

/** sitemaps.org: urlset (or sitemapindex) in the 0.9 namespace; every url has an absolute loc, lastmod a W3C date. */
export function sitemapContents(name: string, xml: string): SitemapContents & { readonly isIndex: boolean } {
  const { doc, problems } = parseXml(name, xml);
  if (!doc) return { locs: [], problems, isIndex: false };
  const root = (doc["urlset"] ?? doc["sitemapindex"]) as Node | undefined;
  if (!root) return { locs: [], problems: [`${name}: neither <urlset> nor <sitemapindex>`], isIndex: false };
  const isIndex = "sitemapindex" in doc;
  if (root["@xmlns"] !== "http://www.sitemaps.org/schemas/sitemap/0.9") problems.push(`${name}: not in the sitemaps.org 0.9 namespace`);
  const entries = ((root[isIndex ? "sitemap" : "url"] as Node[] | undefined) ?? []);
  const locs: string[] = [];
  for (const entry of entries) {
    const loc = text(entry["loc"]);
    if (!isAbsolute(loc)) problems.push(`${name}: loc "${loc}" is not absolute`);
    else locs.push(loc!);
    if (entry["lastmod"] !== undefined && !isDate(text(entry["lastmod"]))) problems.push(`${name}: lastmod of ${loc} is not a date`);
  }
  return { locs, problems, isIndex };
}

/** Google News sitemap: the news namespace, and on every url publication name and language, publication_date, title. */
export function newsSitemapContents(name: string, xml: string): SitemapContents {
  const { doc, problems } = parseXml(name, xml);
  if (!doc) return { locs: [], problems };
  const root = doc["urlset"] as Node | undefined;
  if (!root) return { locs: [], problems: [`${name}: no <urlset>`] };
  if (root["@xmlns:news"] !== "http://www.google.com/schemas/sitemap-news/0.9") problems.push(`${name}: news namespace missing`);
  const locs: string[] = [];
  for (const url of (root["url"] as Node[] | undefined) ?? []) {
    const loc = text(url["loc"]);
    locs.push(loc ?? "");
    const news = url["news:news"] as Node | undefined;
    const publication = news?.["news:publication"] as Node | undefined;
    if (!text(publication?.["news:name"])) problems.push(`${name}: ${loc}: no news:publication/news:name`);
    if (!/^[a-z]{2,3}(-[a-z]{2})?$/.test(text(publication?.["news:language"]) ?? "")) problems.push(`${name}: ${loc}: news:language is not an ISO 639 code`);
    if (!isDate(text(news?.["news:publication_date"]))) problems.push(`${name}: ${loc}: news:publication_date is not a date`);
    if (!text(news?.["news:title"])) problems.push(`${name}: ${loc}: no news:title`);
  }
  return { locs, problems };
}
