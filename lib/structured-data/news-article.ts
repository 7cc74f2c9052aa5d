import type { Release } from "../model/release.ts";
import type { Newsroom } from "../site/newsroom.ts";
import { organization, publisherOrganization } from "./organization.ts";

/**
 * schema.org NewsArticle with the properties Google documents for articles
 * (https://developers.google.com/search/docs/appearance/structured-data/article):
 * headline, image, datePublished, dateModified, author with name and url, and the
 * publisher with its logo as an ImageObject. The headline is the full title: Google
 * dropped its 110-character limit, and a cut title would no longer match the page's h1.
 * No `mainEntityOfPage`: Google's documentation no longer asks for it, and `url` already
 * names the page (issue #15).
 */
export function newsArticle(site: Newsroom, release: Release, keywords: readonly string[], image?: string | readonly string[]): Record<string, unknown> {
  const { config } = site;
  const url = site.absoluteUrl(release.url);
  // A lead image comes as Google's three crops (16:9, 4:3, 1:1); a body image as itself.
  const own = image === undefined ? [] : typeof image === "string" ? [image] : image;
  const images = [...own, config.image ? site.absoluteAssetUrl(config.image) : undefined].filter((i): i is string => i !== undefined);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    url,
    headline: release.title,
    description: release.summary,
    datePublished: release.date,
    dateModified: release.updated ?? release.date,
    inLanguage: config.language,
    articleSection: site.typeLabel(release.type),
    keywords: [...keywords],
    ...(images.length ? { image: [...new Set(images)] } : {}),
    // A joint or partner release names its issuing organisations (issue #11); the
    // publisher, whose site this is, stays the publisher either way.
    author: release.author.length > 0
      ? release.author.map((name) => (name === config.publisher ? organization(site, name) : { "@type": "Organization", name }))
      : [organization(site, config.publisher)],
    publisher: publisherOrganization(site, config.publisher),
    ...(release.sourceUrl ? { isBasedOn: release.sourceUrl } : {}),
    ...translationLinks(site, release.url, url),
  };
}

/**
 * A translated release names its original (`translationOfWork`), and the original its
 * translations (`workTranslation`), as schema.org's CreativeWork has it (issue #14).
 */
function translationLinks(site: Newsroom, path: string, url: string): Record<string, unknown> {
  const original = site.languageLinks?.originalVersionOf(path);
  if (!original) return {};
  if (original.url !== url) return { translationOfWork: { "@type": "NewsArticle", "@id": original.url, url: original.url, inLanguage: original.language.tag } };
  const translations = site.languageVersions(path).filter((version) => version.url !== url);
  return translations.length === 0 ? {} : { workTranslation: translations.map((version) => ({ "@type": "NewsArticle", "@id": version.url, url: version.url, inLanguage: version.language.tag })) };
}
