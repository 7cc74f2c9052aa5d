import type { SiteConfig } from "../config/site-config.ts";

/** Where the brand's stylesheet is written, when site.json names a brand colour. */
export const brandStylesheetPath = "/assets/brand.css";

/**
 * The brand colour over the base stylesheet's variables (public/assets/site.css): the
 * header bar and links in the light scheme, the header bar in the dark one (where links
 * stay light for contrast). A file rather than a style attribute, so the
 * Content-Security-Policy keeps `style-src 'self'`.
 */
export function brandStylesheet(config: Pick<SiteConfig, "brand">): string | undefined {
  const colour = config.brand?.colour;
  if (!colour) return undefined;
  return `:root{--bar:${colour};--accent:${colour}}@media (prefers-color-scheme:dark){:root{--bar:${colour}}}\n`;
}
