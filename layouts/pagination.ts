/**
 * Pagination in the shape of GOV.UK's component: a nav labelled "Pagination", previous
 * and next links with rel="prev"/"next", the current page marked with aria-current="page",
 * and nothing at all when there is one page. Pages are counted from the oldest
 * (lib/pagination/anchored-pages.ts), so instead of numbers, whose count changes with
 * every release added, the list between the arrows links the latest and the oldest page.
 * https://design-system.service.gov.uk/components/pagination/
 */
import { html, type SafeHtml } from "../lib/html/html.ts";
import type { ListPageBase } from "../lib/site/site-model.ts";
import type { LinkText } from "../lib/i18n/dictionary.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { olderPagePath } from "../lib/urls/site-urls.ts";

type Paged = Pick<ListPageBase, "basePath" | "path" | "newest" | "newerPath" | "olderPath" | "releases">;

const arrowPrevious = html`<svg class="pagination__icon" xmlns="http://www.w3.org/2000/svg" width="15" height="13" viewBox="0 0 15 13" aria-hidden="true" focusable="false"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"/></svg>`;
const arrowNext = html`<svg class="pagination__icon" xmlns="http://www.w3.org/2000/svg" width="15" height="13" viewBox="0 0 15 13" aria-hidden="true" focusable="false"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"/></svg>`;

export function pagination(site: Newsroom, page: Paged): SafeHtml {
  if (!page.newerPath && !page.olderPath) return html``;
  const { text } = site;
  const newer = page.newerPath
    ? html`<div class="pagination__prev"><a class="pagination__link" href="${site.href(page.newerPath)}" rel="prev">${arrowPrevious}<span class="pagination__link-title">${linkTitle(text.newerPage)}</span></a></div>\n`
    : "";
  const older = page.olderPath
    ? html`<div class="pagination__next"><a class="pagination__link" href="${site.href(page.olderPath)}" rel="next"><span class="pagination__link-title">${linkTitle(text.olderPage)}</span>${arrowNext}</a></div>\n`
    : "";
  const end = (path: string, title: LinkText) =>
    path === page.path
      ? html`<li class="pagination__item pagination__item--current"><a class="pagination__link" href="${site.href(path)}" aria-current="page">${linkTitle(title)}</a></li>\n`
      : html`<li class="pagination__item"><a class="pagination__link" href="${site.href(path)}">${linkTitle(title)}</a></li>\n`;
  return html`<nav class="pagination" aria-label="${text.pagination}">
${newer}<ul class="pagination__list">
${end(page.basePath, text.latestPage)}${end(olderPagePath(page.basePath, 1), text.oldestPage)}</ul>
${older}</nav>`;
}

function linkTitle(title: LinkText): SafeHtml {
  return html`${title.visible}${title.hidden ? html`<span class="visually-hidden">${title.hidden}</span>` : ""}`;
}

/** `<link rel="prev">` (newer) / `<link rel="next">` (older) for the page's head. */
export function paginationHead(site: Newsroom, page: Paged): SafeHtml {
  return html`${page.newerPath ? html`<link rel="prev" href="${site.absoluteUrl(page.newerPath)}">\n` : ""}${page.olderPath ? html`<link rel="next" href="${site.absoluteUrl(page.olderPath)}">\n` : ""}`;
}

/** The dates an older page covers, oldest first, formatted; undefined on the newest page. */
export function pageDates(site: Newsroom, page: Paged): { readonly oldest: string; readonly newest: string } | undefined {
  if (page.newest || page.releases.length === 0) return undefined;
  return { oldest: site.humanDate(page.releases.at(-1)!.date), newest: site.humanDate(page.releases[0]!.date) };
}
