import { html, type SafeHtml } from "../lib/html/html.ts";
import { columnSizes, pictureHtml } from "../lib/html/picture.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

/**
 * The lead image under the headline (issue #11): the first thing a reader sees after the
 * headline, so it loads at once; its caption and credit below it.
 */
export function leadImage(site: Newsroom, release: Release): SafeHtml | "" {
  const picture = site.media?.leadPicture(release);
  if (!picture || !release.image) return "";
  const { caption, credit } = release.image;
  return html`<figure class="release__image">${pictureHtml(picture, { eager: true, sizes: columnSizes })}${caption || credit
    ? html`<figcaption>${caption ?? ""}${credit ? html`${caption ? " " : ""}<span class="release__credit">${site.text.photoCredit(credit)}</span>` : ""}</figcaption>`
    : ""}</figure>
`;
}

/**
 * "Documents": each attachment with its type and size in the link text, so a screen
 * reader's list of links says what a download is before it starts.
 */
export function releaseDocuments(site: Newsroom, release: Release): SafeHtml | "" {
  const documents = site.media?.documents(release) ?? [];
  if (documents.length === 0) return "";
  return html`<section class="release__documents" aria-labelledby="documents-heading">
<h2 id="documents-heading">${site.text.documents}</h2>
<ul class="documents-list">
${documents.map((document) => html`<li><a href="${document.href}" type="${document.mime}">${document.title}<span class="documents-list__meta">${site.text.documentDetails(document.label, document.bytes)}</span></a></li>\n`)}</ul>
</section>
`;
}
