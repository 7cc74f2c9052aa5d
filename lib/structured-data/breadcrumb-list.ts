import type { Dictionary } from "../i18n/dictionary.ts";
import { newsPath } from "../urls/site-urls.ts";

/** One step of a breadcrumb trail, home first. */
export interface Crumb {
  readonly label: string;
  /** Output path without the prefix. */
  readonly path: string;
}

/** The first crumbs of every trail below the home page: Home, then All news for the news archive. */
export function homeCrumb(text: Pick<Dictionary, "home">): Crumb {
  return { label: text.home, path: "/" };
}

export function allNewsCrumb(text: Pick<Dictionary, "allNews">): Crumb {
  return { label: text.allNews, path: newsPath };
}

/**
 * schema.org BreadcrumbList as Google documents it
 * (https://developers.google.com/search/docs/appearance/structured-data/breadcrumb):
 * ListItems with position, name and the absolute URL of each step. With `pagePath`, the
 * last step when it is that page itself goes without `item`: Google does not require it
 * for the last step and takes the page's own URL (on a release page, the address a fifth
 * time; issue #15).
 */
export function breadcrumbList(site: { absoluteUrl(path: string): string }, crumbs: readonly Crumb[], pagePath?: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.label,
      ...(i === crumbs.length - 1 && crumb.path === pagePath ? {} : { item: site.absoluteUrl(crumb.path) }),
    })),
  };
}
