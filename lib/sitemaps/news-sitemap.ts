import type { Release } from "../model/release.ts";
import { visibilityOf } from "../visibility/release-state.ts";
import { escapeXml } from "../xml/escape-xml.ts";

/**
 * Google News sitemap rules (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * only articles published in the last two days, at most 1,000 URLs, each with the
 * publication's name and language, the publication date and the title.
 */
export const newsWindowMs = 2 * 24 * 60 * 60 * 1000;
export const newsUrlLimit = 1000;

export interface NewsPublication {
  readonly name: string;
  /** BCP 47 tag from the site config; written as Google's ISO 639 code. */
  readonly language: string;
}

/**
 * Releases published within two days before `buildTime` (inclusive at both ends),
 * newest first, at most `limit`. Releases dated after the build are not yet news.
 */
export function newsReleases(releases: readonly Release[], buildTimeMs: number, limit = newsUrlLimit): Release[] {
  const from = buildTimeMs - newsWindowMs;
  return releases
    .filter((r) => visibilityOf(r, buildTimeMs, "production").newsSitemap && r.timestamp >= from)
    .sort((a, b) => b.timestamp - a.timestamp)
    .slice(0, limit);
}

/**
 * Google wants an ISO 639 code ("en", not "en-GB"), except Chinese, where it asks for
 * zh-cn or zh-tw to tell simplified from traditional.
 */
export function newsLanguage(bcp47: string): string {
  const tag = bcp47.toLowerCase();
  if (tag === "zh-cn" || tag === "zh-hans" || tag.startsWith("zh-hans-")) return "zh-cn";
  if (tag === "zh-tw" || tag === "zh-hant" || tag.startsWith("zh-hant-")) return "zh-tw";
  return tag.split("-")[0] ?? tag;
}

export function renderNewsSitemap(
  releases: readonly Release[],
  publication: NewsPublication,
  absoluteUrl: (path: string) => string,
): string {
  const name = escapeXml(publication.name);
  const language = escapeXml(newsLanguage(publication.language));
  const urls = releases.map(
    (r) =>
      `<url><loc>${escapeXml(absoluteUrl(r.url))}</loc><news:news><news:publication><news:name>${name}</news:name><news:language>${language}</news:language></news:publication><news:publication_date>${escapeXml(r.date)}</news:publication_date><news:title>${escapeXml(r.title)}</news:title></news:news></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join("\n")}${urls.length ? "\n" : ""}</urlset>\n`;
}
