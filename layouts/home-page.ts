import { html } from "../lib/html/html.ts";
import { siteFeedLinks } from "../lib/feeds/site-feeds.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { webSite } from "../lib/structured-data/website.ts";
import { pageShell } from "./page-shell.ts";
import { releaseList } from "./release-list.ts";

export function renderHomePage(site: Newsroom): string {
  const latest = site.releases.slice(0, site.config.pageSize);
  const main = html`<h1>${site.config.title}</h1>
<p class="lead">${site.config.description}</p>
<section class="home-latest" aria-labelledby="latest-heading">
<h2 id="latest-heading">${site.text.latestReleases}</h2>
${latest.length > 0 ? releaseList(site, latest, 3) : html`<p>${site.text.nothingPublished}</p>`}
<p class="more-link"><a href="${site.href("/news/")}">${site.text.allNewsByDate}</a></p>
</section>`;
  return pageShell(
    site,
    {
      title: site.config.title,
      description: site.config.description,
      path: "/",
      // The two-column list of latest releases on wide screens is in browse.css.
      stylesheets: ["/assets/browse.css"],
      feeds: siteFeedLinks(site),
      structuredData: [webSite(site, site.config)],
    },
    main,
  );
}
