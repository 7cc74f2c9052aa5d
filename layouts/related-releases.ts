import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { releaseFlag } from "./release-list.ts";

/**
 * Up to five releases sharing the most terms (lib/related). Placed after the article,
 * outside data-pagefind-body, so their titles and summaries stay out of this page's
 * search record. Each is a title link, its date and type, without a summary and without
 * the classes of a list page's entries: `.related` styles them as those look (issue #15:
 * the classes weighed on every release page; bench/results.md).
 */
export function relatedReleases(site: Newsroom, release: Release): SafeHtml {
  const related = site.relatedReleases(release);
  if (related.length === 0) return html``;
  return html`
<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">${site.text.relatedReleases}</h2>
<ol class="release-list" role="list">
${related.map((other) => html`<li><h3><a href="${site.href(other.url)}">${other.title}</a></h3>
<p><time datetime="${other.date}">${site.humanDate(other.date)}</time> <span class="release-type">${site.typeLabel(other.type)}</span>${releaseFlag(site, other)}</p></li>
`)}</ol>
</section>`;
}
