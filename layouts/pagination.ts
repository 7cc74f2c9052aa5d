/**
 * Pagination as GOV.UK's component does it: a nav labelled "Pagination", previous and
 * next links with rel="prev"/"next", numbered links with ellipses, the current page
 * marked with aria-current="page", and nothing at all when there is one page.
 * https://design-system.service.gov.uk/components/pagination/
 */
import { html, type SafeHtml } from "../lib/html/html.ts";
import { pageNumberItems } from "../lib/pagination/page-numbers.ts";
import type { ListPageBase } from "../lib/site/site-model.ts";
import type { LinkText } from "../lib/i18n/dictionary.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { pagedPath } from "../lib/urls/site-urls.ts";

type Paged = Pick<ListPageBase, "basePath" | "pageNumber" | "pageCount">;

const arrowPrevious = html`<svg class="pagination__icon" xmlns="http://www.w3.org/2000/svg" width="15" height="13" viewBox="0 0 15 13" aria-hidden="true" focusable="false"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"/></svg>`;
const arrowNext = html`<svg class="pagination__icon" xmlns="http://www.w3.org/2000/svg" width="15" height="13" viewBox="0 0 15 13" aria-hidden="true" focusable="false"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"/></svg>`;

export function pagination(site: Newsroom, page: Paged): SafeHtml {
  if (page.pageCount <= 1) return html``;
  const { text } = site;
  const link = (n: number) => site.href(pagedPath(page.basePath, n));
  const previous = page.pageNumber > 1
    ? html`<div class="pagination__prev"><a class="pagination__link" href="${link(page.pageNumber - 1)}" rel="prev">${arrowPrevious}<span class="pagination__link-title">${linkTitle(text.previousPage)}</span></a></div>\n`
    : "";
  const next = page.pageNumber < page.pageCount
    ? html`<div class="pagination__next"><a class="pagination__link" href="${link(page.pageNumber + 1)}" rel="next"><span class="pagination__link-title">${linkTitle(text.nextPage)}</span>${arrowNext}</a></div>\n`
    : "";
  const items = pageNumberItems(page.pageNumber, page.pageCount).map((item) =>
    item.kind === "ellipsis"
      ? html`<li class="pagination__item pagination__item--ellipsis">&ctdot;</li>\n`
      : item.current
        ? html`<li class="pagination__item pagination__item--current"><a class="pagination__link" href="${link(item.number)}" aria-label="${text.pageLabel(item.number)}" aria-current="page">${text.pageNumber(item.number)}</a></li>\n`
        : html`<li class="pagination__item"><a class="pagination__link" href="${link(item.number)}" aria-label="${text.pageLabel(item.number)}">${text.pageNumber(item.number)}</a></li>\n`);
  return html`<nav class="pagination" aria-label="${text.pagination}">
${previous}<ul class="pagination__list">
${items}</ul>
${next}</nav>`;
}

function linkTitle(title: LinkText): SafeHtml {
  return html`${title.visible}${title.hidden ? html`<span class="visually-hidden">${title.hidden}</span>` : ""}`;
}

/** `<link rel="prev">` / `<link rel="next">` for the page's head. */
export function paginationHead(site: Newsroom, page: Paged): SafeHtml {
  return html`${page.pageNumber > 1 ? html`<link rel="prev" href="${site.absoluteUrl(pagedPath(page.basePath, page.pageNumber - 1))}">\n` : ""}${page.pageNumber < page.pageCount ? html`<link rel="next" href="${site.absoluteUrl(pagedPath(page.basePath, page.pageNumber + 1))}">\n` : ""}`;
}

/** " – Page 2 of 7" for the title of a list with more than one page. */
export function pageSuffix(site: Newsroom, page: Paged): string {
  return page.pageCount > 1 ? site.text.pageOf(page.pageNumber, page.pageCount) : "";
}
