import type { Newsroom } from "../lib/site/newsroom.ts";

/**
 * The permalink of a file the whole site has once (robots.txt, _headers, the 404 page,
 * the search script): written by the default language's build, and by no other
 * language's (issue #14), which would write a second copy in its own folder.
 */
export function siteWide(permalink: string | ((data: { newsroom: Newsroom }) => string | false)) {
  return (data: { newsroom: Newsroom }): string | false =>
    data.newsroom.writesSiteFiles ? (typeof permalink === "string" ? permalink : permalink(data)) : false;
}
