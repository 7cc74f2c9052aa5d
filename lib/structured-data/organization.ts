/**
 * The publishing organisation as schema.org describes it, for NewsArticle's author and
 * publisher and the home page's WebSite. The publisher carries a logo, as Google asks
 * of an article's publisher (https://developers.google.com/search/docs/appearance/structured-data/article#publisher):
 * the shield mark of public/assets/favicon.svg as a 512×512 PNG (Google's logo
 * guidelines want at least 112×112 and a format Google Images reads).
 */
export const publisherLogo = { path: "/assets/newsroom-logo.png", width: 512, height: 512 } as const;

export function organization(urls: { absoluteUrl(path: string): string }, name: string): Record<string, unknown> {
  return { "@type": "Organization", name, url: urls.absoluteUrl("/") };
}

export function publisherOrganization(urls: { absoluteUrl(path: string): string; absoluteAssetUrl(path: string): string }, name: string): Record<string, unknown> {
  return {
    ...organization(urls, name),
    logo: { "@type": "ImageObject", url: urls.absoluteAssetUrl(publisherLogo.path), width: publisherLogo.width, height: publisherLogo.height },
  };
}
