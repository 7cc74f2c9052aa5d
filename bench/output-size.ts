import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Total size in bytes of the files under `dir` (apparent size, as a host would store them). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export interface PageWeight {
  /** Release pages found. */
  readonly pages: number;
  readonly medianHtmlBytes: number;
  readonly maxHtmlBytes: number;
  /** The heaviest release page, relative to the site folder. */
  readonly heaviestPage: string;
  /** Render-blocking stylesheets the heaviest page links to (not print.css, `media="print"`). */
  readonly cssBytes: number;
  /** Median over release pages of HTML plus the render-blocking stylesheets each links to (issue #15: under 20 KB). */
  readonly medianPageBytes: number;
  /** The largest HTML plus stylesheets of any release page. */
  readonly maxPageBytes: number;
  /** <script> elements on the heaviest page; release pages should load none. */
  readonly scripts: number;
}

const releasePage = /^news\/\d{4}\/\d{2}\/[^/]+\/index\.html$/;

/**
 * What a reader's browser must fetch before it shows a release page: its HTML and the
 * stylesheets it links to (issue #6, #15: under 20 KB). A `media="print"` stylesheet is
 * left out: the browser fetches it without waiting for it. Pages differ in their
 * stylesheets (a release with images or tables also links release-extras.css), so each
 * page's own are counted.
 */
export function releasePageWeight(siteDir: string, pathPrefix = "/"): PageWeight {
  const pages: { file: string; html: number; total: number; css: number }[] = [];
  const cssSizes = new Map<string, number>();
  const cssBytesOf = (file: string) => {
    if (!cssSizes.has(file)) cssSizes.set(file, statSync(path.join(siteDir, file)).size);
    return cssSizes.get(file)!;
  };
  const newsDir = path.join(siteDir, "news");
  for (const entry of readdirSync(newsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "index.html") continue;
    const file = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (!releasePage.test(file)) continue;
    const html = readFileSync(path.join(siteDir, file), "utf8");
    const css = stylesheets(html, pathPrefix).reduce((sum, sheet) => sum + cssBytesOf(sheet), 0);
    const bytes = Buffer.byteLength(html);
    pages.push({ file, html: bytes, css, total: bytes + css });
  }
  if (pages.length === 0) throw new Error(`No release pages under ${newsDir}`);
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const heaviest = pages.reduce((a, b) => (b.html > a.html ? b : a));
  const html = readFileSync(path.join(siteDir, heaviest.file), "utf8");
  return {
    pages: pages.length,
    medianHtmlBytes: middle(pages.map((p) => p.html)),
    maxHtmlBytes: heaviest.html,
    heaviestPage: heaviest.file,
    cssBytes: heaviest.css,
    medianPageBytes: middle(pages.map((p) => p.total)),
    maxPageBytes: Math.max(...pages.map((p) => p.total)),
    scripts: html.match(/<script\b(?![^>]*type="application\/ld\+json")/g)?.length ?? 0,
  };
}

/** The site's own render-blocking stylesheets a page links to, as files relative to the site folder. */
function stylesheets(html: string, pathPrefix: string): string[] {
  const files: string[] = [];
  for (const link of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    if (/\bmedia="print"/.test(link[0])) continue;
    const href = /\bhref="([^"]+)"/.exec(link[0])?.[1];
    if (!href || /^[a-z]+:/i.test(href)) continue;
    const local = href.startsWith(pathPrefix) ? href.slice(pathPrefix.length) : href.replace(/^\//, "");
    files.push(local.split("?")[0]!);
  }
  return files;
}
