import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

/** One list entry: title link, date, type and summary; used by every list page. */
export function releaseListItem(site: Newsroom, release: Release, headingLevel: 2 | 3 = 2, withSummary = true): SafeHtml {
  const heading = headingLevel === 2
    ? html`<h2 class="release-item__title"><a href="${site.href(release.url)}">${release.title}</a></h2>`
    : html`<h3 class="release-item__title"><a href="${site.href(release.url)}">${release.title}</a></h3>`;
  return html`<li class="release-item">
<article>
${heading}
<p class="release-item__meta"><time datetime="${release.date}">${site.humanDate(release.date)}</time> <span class="release-type">${site.typeLabel(release.type)}</span>${flag(site, site.visibility(release).notice)}</p>
${withSummary && release.summary ? html`<p class="release-item__summary">${release.summary}</p>` : ""}
</article>
</li>
`;
}

/** `withSummary: false` for short lists beside a release, which keep release pages light. */
export function releaseList(site: Newsroom, releases: readonly Release[], headingLevel: 2 | 3 = 2, withSummary = true): SafeHtml {
  return html`<ol class="release-list" role="list">
${releases.map((release) => releaseListItem(site, release, headingLevel, withSummary))}</ol>`;
}

/** The preview marks what production leaves out (lib/visibility). */
function flag(site: Newsroom, notice: "draft" | "scheduled" | "withdrawn" | undefined) {
  return notice ? html` <span class="draft-flag">${site.text[notice]}</span>` : "";
}
