import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { releaseList } from "./release-list.ts";

/**
 * Up to five releases sharing the most terms (lib/related). Placed after the article,
 * outside data-pagefind-body, so their titles and summaries stay out of this page's
 * search record.
 */
export function relatedReleases(site: Newsroom, release: Release): SafeHtml {
  const related = site.relatedReleases(release);
  if (related.length === 0) return html``;
  return html`
<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">${site.text.relatedReleases}</h2>
${releaseList(site, related, 3, false)}
</section>`;
}
