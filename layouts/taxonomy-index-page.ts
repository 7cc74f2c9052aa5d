/**
 * Index pages: one taxonomy's terms (/crime-areas/) and the release types (/types/),
 * each entry with its release count. Controlled terms nobody has used yet are listed
 * as "no releases yet" rather than dropped, so the index shows the whole vocabulary.
 */
import { html } from "../lib/html/html.ts";
import { breadcrumbList, homeCrumb } from "../lib/structured-data/breadcrumb-list.ts";
import { collectionPage } from "../lib/structured-data/collection-page.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import type { TaxonomyIndexPage, TypesIndexPage } from "../lib/site/site-model.ts";
import { breadcrumbs } from "./breadcrumbs.ts";
import { countList, type CountItem } from "./count-list.ts";
import { pageShell } from "./page-shell.ts";

interface IndexView {
  readonly title: string;
  readonly description: string;
  readonly intro: string;
  readonly path: string;
  readonly items: readonly CountItem[];
  readonly section?: string;
}

export function renderTaxonomyIndexPage(site: Newsroom, page: TaxonomyIndexPage): string {
  const { taxonomy, terms, path } = page.taxonomy;
  const used = terms.filter((term) => term.releases.length > 0).length;
  const counted = site.text.termCount(terms.length, used);
  return renderIndex(site, {
    title: taxonomy.label,
    description: taxonomy.description ?? site.text.taxonomyDescription(taxonomy.label),
    intro: taxonomy.description ? `${taxonomy.description} ${counted}` : counted,
    path,
    section: taxonomy.label,
    items: terms.map((term) => ({ label: term.label, path: term.path, count: term.releases.length, description: term.description })),
  });
}

export function renderTypesIndexPage(site: Newsroom, page: TypesIndexPage): string {
  return renderIndex(site, {
    title: site.text.releaseTypes,
    description: site.text.typesDescription(site.config.publisher),
    intro: site.text.typesIntro,
    path: page.path,
    items: page.types.map(({ type, path, releases }) => ({ label: type.plural ?? type.label, path, count: releases.length })),
  });
}

function renderIndex(site: Newsroom, view: IndexView): string {
  const linked = view.items.filter((item) => (item.count ?? 0) > 0);
  const home = homeCrumb(site.text);
  const main = html`${breadcrumbs(site, [home])}
<header class="list-page__header">
<h1>${view.title}</h1>
<p class="lead">${view.intro}</p>
</header>
${view.items.length > 0 ? countList(site, view.items, "count-list count-list--index") : html`<p>${site.text.nothingHereYet}</p>`}`;
  return pageShell(site, {
    stylesheets: ["/assets/browse.css"],
    title: view.title,
    description: view.description,
    path: view.path,
    section: view.section,
    structuredData: [
      collectionPage(site, {
        name: view.title,
        description: view.description,
        path: view.path,
        items: linked.map((item) => ({ name: item.label, path: item.path })),
        total: linked.length,
      }),
      breadcrumbList(site, [home, { label: view.title, path: view.path }]),
    ],
  }, main);
}
