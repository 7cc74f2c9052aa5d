import type { Redirect } from "../../lib/redirects/redirect.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { redirectPagePath } from "../../lib/urls/site-urls.ts";
import { renderRedirectPage } from "../redirect-page.ts";

interface Data {
  readonly newsroom: Newsroom;
  readonly redirect: Redirect;
}

// A page at every old address (release aliases, site.json redirects) for hosts that read
// no _redirects file; one template paginated over the model, like the release pages.
export const data = {
  pagination: { data: "newsroom.redirects", size: 1, alias: "redirect" },
  eleventyExcludeFromCollections: true,
  permalink: (data: Data) => (data.newsroom.writesSiteFiles ? redirectPagePath(data.redirect.from) : false),
};

export function render(data: Data): string {
  return renderRedirectPage(data.newsroom, data.redirect);
}
