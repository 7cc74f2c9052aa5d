/**
 * robots.txt allowing everything but `disallowed` (the browser editor) and naming the
 * sitemaps by absolute URL, as the Sitemaps protocol requires. Crawlers only read
 * /robots.txt at the origin's root, so a site under a path prefix writes this file for
 * the host to merge into its own.
 */
export function renderRobots(sitemapUrls: readonly string[], disallowed: readonly string[] = []): string {
  return `User-agent: *\nAllow: /\n${disallowed.map((path) => `Disallow: ${path}\n`).join("")}\n${sitemapUrls.map((url) => `Sitemap: ${url}\n`).join("")}`;
}
