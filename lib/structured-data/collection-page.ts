export interface CollectionItem {
  readonly name: string;
  /** Output path without the prefix. */
  readonly path: string;
}

export interface CollectionPageInput {
  readonly name: string;
  readonly description: string;
  /** Output path of this page (an older page too) without the prefix. */
  readonly path: string;
  /** What the page lists, in order. */
  readonly items: readonly CollectionItem[];
  /** Items in the whole list, over all its pages: given on a list's newest page only, as the page shows it. */
  readonly total?: number;
}

/**
 * schema.org CollectionPage for a list page, with what it lists as an ItemList (the
 * summary-page form of Google's list markup). Positions count within the page: counted
 * across the list from the newest end, they would change on every page with each release
 * added (lib/pagination/anchored-pages.ts).
 */
export function collectionPage(
  site: { absoluteUrl(path: string): string; readonly config: { readonly language: string } },
  page: CollectionPageInput,
): Record<string, unknown> {
  const url = site.absoluteUrl(page.path);
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
            itemListElement: page.items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, url: site.absoluteUrl(item.path) })),
          },
        }
      : {}),
  };
}
