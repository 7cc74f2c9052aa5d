import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

/**
 * `<link rel="alternate" hreflang>` for every language that has this page, itself
 * included, and `x-default` (issue #14): reciprocal by construction, since every version
 * is computed by the same rule (lib/languages/multilingual-site.ts).
 */
export function languageAlternateLinks(site: Newsroom, path: string): SafeHtml | "" {
  const alternates = site.hreflangAlternates(path);
  if (alternates.length === 0) return "";
  return html`${alternates.map((a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">\n`)}`;
}

/**
 * The language switch in the header: each language by its own name, linking to this
 * page's version in it, or to its home page when it has none. Each link carries the
 * language it leads to (`lang`, `hreflang`), so a screen reader says the name right.
 */
export function languageSwitch(site: Newsroom, path: string, label: string): SafeHtml | "" {
  const links = site.languageLinks;
  if (!links) return "";
  const versions = site.languageVersions(path);
  return html`<nav class="language-switch" aria-label="${label}">
<ul>
${links.languages.map((language) => {
    const current = language.tag === links.language.tag;
    const version = versions.find((v) => v.language.tag === language.tag);
    const href = current ? site.href(path) : (version?.href ?? links.hrefIn(language.tag, "/"));
    return html`<li><a href="${href}" hreflang="${language.tag}" lang="${language.tag}"${language.direction === "rtl" ? html` dir="rtl"` : ""}${current ? html` aria-current="true"` : ""}>${language.name}</a></li>\n`;
  })}</ul>
</nav>
`;
}
