import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Crumb } from "../lib/structured-data/breadcrumb-list.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

/**
 * The page's ancestors, GOV.UK style: the current page is the h1, not a crumb.
 * (The BreadcrumbList JSON-LD adds the current page as its last item.) Styled through
 * `.breadcrumbs` alone: a class on every item and link weighed on every page (issue #15;
 * bench/results.md).
 */
export function breadcrumbs(site: Newsroom, ancestors: readonly Crumb[]): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${site.text.breadcrumb}">
<ol>
${ancestors.map((crumb) => html`<li><a href="${site.href(crumb.path)}">${crumb.label}</a></li>\n`)}</ol>
</nav>`;
}
