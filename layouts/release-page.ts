import { firstImageAlt, firstImageUrl } from "../lib/html/first-image.ts";
import { html, trustedHtml, type SafeHtml } from "../lib/html/html.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import type { Visibility } from "../lib/visibility/release-state.ts";
import { newsArticle } from "../lib/structured-data/news-article.ts";
import { releaseExtrasStylesheetPath, typePath } from "../lib/urls/site-urls.ts";
import { breadcrumbList } from "../lib/structured-data/breadcrumb-list.ts";
import { breadcrumbs } from "./breadcrumbs.ts";
import { pageShell } from "./page-shell.ts";
import { mediaEnquiries } from "./media-enquiries.ts";
import { relatedReleases } from "./related-releases.ts";
import { leadImage, releaseDocuments } from "./release-media.ts";

/**
 * A release page: no JavaScript, the article is the search index's only indexed region.
 * The data-pagefind-* attributes are the index's schema (search issue #4): filters per
 * taxonomy (term labels), type (label) and year; sort key date (UTC ISO, so daylight
 * saving cannot reorder); meta title, date, type, and summary (read from the meta
 * description, which is the summary, in the page shell). Drafts, which only the dev
 * server builds, carry no data-pagefind-body and so are never indexed.
 */
export function renderReleasePage(site: Newsroom, release: Release): string {
  const taxonomies = site.config.taxonomies
    .map((taxonomy) => ({ taxonomy, links: site.termLinks(release, taxonomy) }))
    .filter((group) => group.links.length > 0);
  const tags = taxonomies.flatMap((group) => group.links.map((link) => link.label));
  const modified = release.updated ?? release.date;
  const body = site.bodyHtml(release);
  // The lead image's 16:9 crop is the social card; without one, the body's first image.
  const crops = site.media?.leadCrops(release) ?? [];
  const card = crops[0];
  const image = card ? site.config.baseUrl + card.href : firstImageUrl(body, site.absoluteUrl(release.url));
  const imageAlt = card ? release.image?.alt : image ? firstImageAlt(body) : undefined;

  const { text } = site;
  const shown = site.visibility(release);
  const ancestors = site.releaseAncestors(release);
  const lead = leadImage(site, release);
  const documents = releaseDocuments(site, release);
  const extras = lead !== "" || documents !== "" || release.changes.length > 0 || shown.notice === "withdrawn" || bodyNeedsExtras.test(body);
  const main = html`${breadcrumbs(site, ancestors)}
${notice(site, release, shown.notice)}<article class="release"${shown.indexed ? html` data-pagefind-body` : ""}>
<header class="release__header">
<p class="release__type" data-pagefind-filter="type" data-pagefind-meta="type" data-pagefind-ignore>${site.typeHasPage(release.type)
    ? html`<a href="${site.href(typePath(release.type))}">${site.typeLabel(release.type)}</a>`
    : site.typeLabel(release.type)}</p>
<h1 data-pagefind-weight="10" data-pagefind-meta="title">${release.title}</h1>
<p class="release__dates" data-pagefind-meta="date:${release.date}" data-pagefind-sort="date:${new Date(release.timestamp).toISOString()}" data-pagefind-filter="year:${release.year}">${text.published(html`<time datetime="${release.date}">${site.releaseDate(release.date, release.hasTime)}</time>`)}${release.updated
    ? html`<span class="release__updated">${text.updated(html`<time datetime="${release.updated}">${site.releaseDate(release.updated, false)}</time>`)}</span>`
    : ""}</p>
${release.author.length > 0 ? html`<p class="release__author">${text.issuedBy(release.author)}</p>\n` : ""}</header>
${lead}${updates(site, release)}<div class="release__body">
${trustedHtml(body.trimEnd())}
</div>
${documents}${release.sourceUrl ? html`<p class="release__source">${text.originalPublication(html`<a href="${release.sourceUrl}">${release.sourceUrl}</a>`)}</p>\n` : ""}${taxonomies.length > 0
    ? html`<footer class="release__terms">
${taxonomies.map(({ taxonomy, links }) => html`<section aria-labelledby="terms-${taxonomy.key}">
<h2 id="terms-${taxonomy.key}">${taxonomy.label}</h2>
<ul class="chips" role="list">
${links.map((link) => html`<li data-pagefind-filter="${taxonomy.key}">${link.path === undefined
      ? html`<span class="chip chip--text">${link.label}</span>`
      : html`<a class="chip" rel="tag" href="${site.href(link.path)}">${link.label}</a>`}</li>\n`)}</ul>
</section>
`)}</footer>\n`
    : ""}</article>${mediaEnquiries(site, release)}${relatedReleases(site, release)}`;

  return pageShell(
    site,
    {
      // GOV.UK's convention: search results and tabs say it before anyone opens the page.
      title: shown.notice === "withdrawn" ? text.withdrawnTitle(release.title) : release.title,
      description: release.summary,
      descriptionIsSearchSummary: true,
      path: release.url,
      ogType: "article",
      article: { published: release.date, modified },
      image,
      imageAlt,
      imageSize: card,
      structuredData: [newsArticle(site, release, tags, crops.length > 0 ? crops.map((crop) => site.config.baseUrl + crop.href) : image), breadcrumbList(site, [...ancestors, { label: release.title, path: release.url }], release.url)],
      noindex: !shown.crawled,
      stylesheets: extras ? [releaseExtrasStylesheetPath] : [],
    },
    main,
  );
}

/**
 * Body markup styled by release-extras.css rather than site.css (issue #15): figures,
 * tables (with their alignment classes), quotations and code. A release page links that
 * file only when it has one of these, a lead image, documents, updates or the withdrawn
 * notice, so a plain release page loads site.css alone.
 */
const bodyNeedsExtras = /<(?:figure|table|blockquote|code)\b/;

/**
 * What a reader must know before reading on, above the headline: a preview-only release
 * (the preview alone shows these), or a withdrawn one, GOV.UK style, with the reason.
 */
function notice(site: Newsroom, release: Release, kind: Visibility["notice"]): SafeHtml | "" {
  const { text } = site;
  if (kind === "draft") {
    return html`<p class="draft-banner" role="note">${text.draftNotice(html`<strong>${text.draft}</strong>`)}</p>\n`;
  }
  if (kind === "scheduled") {
    return html`<p class="draft-banner" role="note">${text.scheduledNotice(html`<strong>${text.scheduled}</strong>`, html`<time datetime="${release.date}">${site.humanDateTime(release.date)}</time>`)}</p>\n`;
  }
  if (kind === "withdrawn" && release.withdrawn) {
    const { date, hasTime, reason } = release.withdrawn;
    return html`<section class="withdrawn-notice" aria-label="${text.withdrawn}">
<p class="withdrawn-notice__title"><strong>${text.withdrawn}</strong></p>
<p>${text.withdrawnOn(html`<time datetime="${date}">${site.releaseDate(date, hasTime)}</time>`)}</p>
<p class="withdrawn-notice__reason">${reason}</p>
</section>
`;
  }
  return "";
}

/** "Updates to this release", newest first, between the headline and the text (issue #10). */
function updates(site: Newsroom, release: Release): SafeHtml | "" {
  if (release.changes.length === 0) return "";
  return html`<section class="release__updates" aria-labelledby="updates-heading">
<h2 id="updates-heading">${site.text.updatesHeading}</h2>
<ol class="updates-list">
${release.changes.map((change) => html`<li><time datetime="${change.date}">${site.releaseDate(change.date, change.hasTime)}</time><span class="updates-list__note">${change.note}</span></li>\n`)}</ol>
</section>
`;
}
