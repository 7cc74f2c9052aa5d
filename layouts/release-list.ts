import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

/**
 * One list entry: title link, date, type and summary; used by every list page. The list
 * item is the entry's container, without an <article> inside it (issue #15).
 */
export function releaseListItem(site: Newsroom, release: Release, headingLevel: 2 | 3 = 2): SafeHtml {
  const heading = headingLevel === 2
    ? html`<h2 class="release-item__title"><a href="${site.href(release.url)}">${release.title}</a></h2>`
    : html`<h3 class="release-item__title"><a href="${site.href(release.url)}">${release.title}</a></h3>`;
  return html`<li class="release-item">
${heading}
<p class="release-item__meta"><time datetime="${release.date}">${site.humanDate(release.date)}</time> <span class="release-type">${site.typeLabel(release.type)}</span>${releaseFlag(site, release)}</p>
${release.summary ? html`<p class="release-item__summary">${release.summary}</p>\n` : ""}</li>
`;
}

export function releaseList(site: Newsroom, releases: readonly Release[], headingLevel: 2 | 3 = 2): SafeHtml {
  return html`<ol class="release-list" role="list">
${releases.map((release) => releaseListItem(site, release, headingLevel))}</ol>`;
}

/** The preview marks what production leaves out (lib/visibility). */
export function releaseFlag(site: Newsroom, release: Release): SafeHtml | "" {
  const notice = site.visibility(release).notice;
  return notice ? html` <span class="draft-flag">${site.text[notice]}</span>` : "";
}
