import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Crumb } from "../lib/structured-data/breadcrumb-list.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

export interface ArchiveNeighbours {
  /** "Other years" or "Other months": the nav's accessible name. */
  readonly label: string;
  /** "Earlier year", "Later month" … and where they go, when there is one with releases. */
  readonly earlier?: Crumb & { readonly kind: string };
  readonly later?: Crumb & { readonly kind: string };
  /** The parent archive. */
  readonly up: Crumb;
}

/** Links from a year or month archive to its neighbours that have releases and up to its parent. */
export function archiveNav(site: Newsroom, nav: ArchiveNeighbours): SafeHtml {
  const step = (className: string, target: ArchiveNeighbours["earlier"]) =>
    target
      ? html`<li class="${className}"><a href="${site.href(target.path)}"><span class="archive-nav__kind">${target.kind}</span> ${target.label}</a></li>\n`
      : "";
  return html`<nav class="archive-nav" aria-label="${nav.label}">
<ul class="archive-nav__list" role="list">
${step("archive-nav__earlier", nav.earlier)}<li class="archive-nav__up"><a href="${site.href(nav.up.path)}">${nav.up.label}</a></li>
${step("archive-nav__later", nav.later)}</ul>
</nav>`;
}
