import { searchPath } from "../urls/site-urls.ts";
import { publisherOrganization } from "./organization.ts";

/**
 * schema.org WebSite with a SearchAction for the home page, pointing at the search
 * page's `q` parameter (https://schema.org/SearchAction).
 */
export function webSite(
  urls: { absoluteUrl(path: string): string; absoluteAssetUrl(path: string): string },
  site: { readonly title: string; readonly description: string; readonly language: string; readonly publisher: string },
): Record<string, unknown> {
  const absoluteUrl = (path: string) => urls.absoluteUrl(path);
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    url: absoluteUrl("/"),
    name: site.title,
    description: site.description,
    inLanguage: site.language,
    publisher: publisherOrganization(urls, site.publisher),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(searchPath)}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}
