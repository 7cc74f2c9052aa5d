export interface CollectionItem {
  readonly name: string;
  /** Output path without the prefix. */
  readonly path: string;
}

export interface CollectionPageInput {
  readonly name: string;
  readonly description: string;
  /** Output path of this page (page 2+ included) without the prefix. */
  readonly path: string;
  /** What the page lists, in order. */
  readonly items: readonly CollectionItem[];
  /** 1-based position of the first item in the whole list (page 2 of 20 per page starts at 21). */
  readonly firstPosition?: number;
  /** Items in the whole list, over all its pages. */
  readonly total?: number;
}

/**
 * schema.org CollectionPage for a list page, with what it lists as an ItemList whose
 * positions continue across pages (the summary-page form of Google's list markup).
 */
export function collectionPage(
  site: { absoluteUrl(path: string): string; readonly config: { readonly language: string } },
  page: CollectionPageInput,
): Record<string, unknown> {
  const url = site.absoluteUrl(page.path);
  const first = page.firstPosition ?? 1;
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: page.name,
    description: page.description,
    inLanguage: site.config.language,
    isPartOf: { "@type": "WebSite", url: site.absoluteUrl("/") },
    ...(page.items.length
      ? {
          mainEntity: {
            "@type": "ItemList",
            ...(page.total !== undefined ? { numberOfItems: page.total } : {}),
            itemListElement: page.items.map((item, i) => ({ "@type": "ListItem", position: first + i, name: item.name, url: site.absoluteUrl(item.path) })),
          },
        }
      : {}),
  };
}
