import type { Release } from "../model/release.ts";
import type { Newsroom } from "../site/newsroom.ts";
import { organization, publisherOrganization } from "./organization.ts";

/**
 * schema.org NewsArticle with the properties Google documents for articles
 * (https://developers.google.com/search/docs/appearance/structured-data/article):
 * headline, image, datePublished, dateModified, author with name and url, and the
 * publisher with its logo as an ImageObject. The headline is the full title: Google
 * dropped its 110-character limit, and a cut title would no longer match the page's h1.
 */
export function newsArticle(site: Newsroom, release: Release, keywords: readonly string[], image?: string | readonly string[]): Record<string, unknown> {
  const { config } = site;
  const url = site.absoluteUrl(release.url);
  // A lead image comes as Google's three crops (16:9, 4:3, 1:1); a body image as itself.
  const own = image === undefined ? [] : typeof image === "string" ? [image] : image;
  const images = [...own, config.image ? site.absoluteUrl(config.image) : undefined].filter((i): i is string => i !== undefined);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
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
  };
}
