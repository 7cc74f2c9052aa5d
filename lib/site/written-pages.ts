import { siteFeedFiles } from "../feeds/site-feeds.ts";
import { adminConfigPath, adminFolder, newsSitemapPath, notFoundPath, robotsPath, searchPath, sitemapPath } from "../urls/site-urls.ts";
import type { Newsroom } from "./newsroom.ts";

/**
 * Every page and file path a build of `site` writes from the model, mapped to what writes
 * it (a release file, or the kind of page), for checks that must not collide with them.
 * A preview newsroom (drafts and scheduled releases shown) gives the paths of any build.
 */
export function writtenPages(site: Newsroom): Map<string, string> {
  const pages = new Map<string, string>([
    ["/", "the home page"],
    [searchPath, "the search page"],
    [notFoundPath, "the not-found page"],
    [robotsPath, "robots.txt"],
    [sitemapPath, "the sitemap"],
    [newsSitemapPath, "the news sitemap"],
    [adminFolder, "the editor"],
    [adminConfigPath, "the editor's configuration"],
  ]);
  for (const page of site.listPages) pages.set(page.path, `the list page ${page.path}`);
  for (const feed of siteFeedFiles(site)) pages.set(feed.path, `the feed ${feed.path}`);
  for (const release of site.pages) pages.set(release.url, release.sourcePath);
  return pages;
}
