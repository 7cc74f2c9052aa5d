import type { Release } from "../model/release.ts";

export interface CollectionPageInput {
  /** Output path of this page (page 2+ included) without the prefix. */
  readonly path: string;
  readonly name: string;
  readonly description: string;
  readonly language: string;
  /** The releases listed on this page, in order. */
  readonly releases: readonly Release[];
  /** 1-based position of the first release in the whole list (page 2 of 20 per page starts at 21). */
  readonly firstPosition?: number;
}

/**
 * schema.org CollectionPage for a list page, with the listed releases as an ItemList
 * of URLs (the summary-page form of Google's carousel markup).
 */
export function collectionPage(absoluteUrl: (path: string) => string, page: CollectionPageInput): Record<string, unknown> {
  const url = absoluteUrl(page.path);
  const first = page.firstPosition ?? 1;
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: page.name,
    description: page.description,
    inLanguage: page.language,
    isPartOf: { "@type": "WebSite", url: absoluteUrl("/") },
    ...(page.releases.length
      ? {
          mainEntity: {
            "@type": "ItemList",
            itemListElement: page.releases.map((release, i) => ({ "@type": "ListItem", position: first + i, url: absoluteUrl(release.url) })),
          },
        }
      : {}),
  };
}
