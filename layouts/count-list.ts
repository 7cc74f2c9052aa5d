import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

export interface CountItem {
  readonly label: string;
  /** Output path; items without releases have no page and so no link. */
  readonly path: string;
  /** Left out where the page must not show it (older list pages, which show no counts). */
  readonly count?: number | undefined;
  readonly description?: string | undefined;
}

/**
 * Terms, types, years or months with their release counts. An item with no
 * releases (a controlled term not used yet) is listed unlinked as "no releases yet".
 */
export function countList(site: Newsroom, items: readonly CountItem[], className = "count-list"): SafeHtml {
  return html`<ul class="${className}" role="list">
${items.map((item) => html`<li class="count-list__item${item.count === 0 ? " count-list__item--empty" : ""}">${item.count !== 0
    ? html`<a class="count-list__link" href="${site.href(item.path)}">${item.label}</a>`
    : html`<span class="count-list__label">${item.label}</span>`}${item.count === undefined
    ? ""
    : html` <span class="count-list__count">${item.count > 0 ? site.text.releaseCount(item.count) : site.text.noReleasesYet}</span>`}${item.description
    ? html`<p class="count-list__description">${item.description}</p>`
    : ""}</li>\n`)}</ul>`;
}
