import type { Release } from "../model/release.ts";
import type { Newsroom } from "../site/newsroom.ts";

/** schema.org NewsArticle with the fields Google documents for article rich results. */
export function newsArticle(site: Newsroom, release: Release, keywords: readonly string[]): Record<string, unknown> {
  const { config } = site;
  const url = site.absoluteUrl(release.url);
  const publisher = { "@type": "Organization", name: config.publisher, url: site.absoluteUrl("/") };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: release.title.length > 110 ? `${release.title.slice(0, 109)}…` : release.title,
    description: release.summary,
    datePublished: release.date,
    dateModified: release.updated ?? release.date,
    inLanguage: config.language,
    articleSection: site.typeLabel(release.type),
    keywords: [...keywords],
    about: keywords.map((name) => ({ "@type": "Thing", name })),
    ...(config.image ? { image: [site.absoluteUrl(config.image)] } : {}),
    author: publisher,
    publisher,
    ...(release.sourceUrl ? { isBasedOn: release.sourceUrl } : {}),
  };
}
