import { escapeXml } from "../xml/escape-xml.ts";

/** One `<url>` of a sitemap (https://www.sitemaps.org/protocol.html). */
export interface SitemapUrl {
  /** Absolute URL. */
  readonly loc: string;
  /** W3C datetime; left out when the page shows no release. */
  readonly lastmod?: string | undefined;
  /** The page in the site's other languages, itself and x-default included (issue #14). */
  readonly alternates?: readonly { readonly hreflang: string; readonly href: string }[] | undefined;
}

/** One file the sitemap step writes. */
export interface SitemapFile {
  /** Output path without the prefix. */
  readonly path: string;
  readonly xml: string;
}

/** The protocol's limit per file (50,000 URLs; files also must stay under 50 MB, which 50,000 short URLs do). */
export const sitemapUrlLimit = 50_000;

const urlsetOpen = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/** Google's way of naming a page's language versions in a sitemap. */
const xhtmlNamespace = ' xmlns:xhtml="http://www.w3.org/1999/xhtml"';

function urlElement(url: SitemapUrl): string {
  const alternates = (url.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join("");
  return `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${escapeXml(url.lastmod)}</lastmod>` : ""}${alternates}</url>`;
}

export function renderUrlset(urls: readonly SitemapUrl[]): string {
  // The xhtml namespace only where a page has language versions: a one-language site's sitemap stays as it was.
  const open = urls.some((url) => url.alternates?.length) ? urlsetOpen.replace(">", `${xhtmlNamespace}>`) : urlsetOpen;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${open}\n${urls.map(urlElement).join("\n")}\n</urlset>\n`;
}

export function renderSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const entries = sitemaps.map(
    (s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${escapeXml(s.lastmod)}</lastmod>` : ""}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

export interface SitemapPlan {
  /** Output path of the file crawlers are pointed at (robots.txt). */
  readonly indexPath: string;
  /** Output path of the N-th (1-based) numbered sitemap when the URLs need more than one file. */
  numberedPath(n: number): string;
  /** Turns an output path into the absolute URL written into the index. */
  absoluteUrl(path: string): string;
  /** URLs per file; the protocol's 50,000 unless a test wants a smaller split. */
  readonly limit?: number;
}

/**
 * One `urlset` at `indexPath` while the URLs fit into one file; past the limit, a
 * sitemap index at `indexPath` pointing at numbered files, each with its own newest lastmod.
 */
export function sitemapFiles(urls: readonly SitemapUrl[], plan: SitemapPlan): SitemapFile[] {
  const limit = plan.limit ?? sitemapUrlLimit;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`sitemap URL limit must be a positive integer, got ${limit}`);
  if (urls.length <= limit) return [{ path: plan.indexPath, xml: renderUrlset(urls) }];
  const chunks: SitemapUrl[][] = [];
  for (let start = 0; start < urls.length; start += limit) chunks.push(urls.slice(start, start + limit));
  const files = chunks.map((chunk, i) => ({ path: plan.numberedPath(i + 1), xml: renderUrlset(chunk) }));
  const index = renderSitemapIndex(
    chunks.map((chunk, i) => ({ loc: plan.absoluteUrl(plan.numberedPath(i + 1)), lastmod: newestLastmod(chunk) })),
  );
  return [{ path: plan.indexPath, xml: index }, ...files];
}

/** The latest lastmod among the URLs, compared as instants (the strings may carry different offsets). */
export function newestLastmod(urls: readonly SitemapUrl[]): string | undefined {
  let newest: string | undefined;
  let newestTime = -Infinity;
  for (const { lastmod } of urls) {
    if (!lastmod) continue;
    const time = Date.parse(lastmod);
    if (time > newestTime) {
      newest = lastmod;
      newestTime = time;
    }
  }
  return newest;
}
