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
  /** Stylesheets the heaviest page links to. */
  readonly cssBytes: number;
  /** <script> elements on the heaviest page; release pages should load none. */
  readonly scripts: number;
}

const releasePage = /^news\/\d{4}\/\d{2}\/[^/]+\/index\.html$/;

/** What a reader's browser fetches for a release page: its HTML and its stylesheets (issue #6: under 20 KB). */
export function releasePageWeight(siteDir: string, pathPrefix = "/"): PageWeight {
  const sizes: { file: string; bytes: number }[] = [];
  const newsDir = path.join(siteDir, "news");
  for (const entry of readdirSync(newsDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== "index.html") continue;
    const file = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (releasePage.test(file)) sizes.push({ file, bytes: statSync(path.join(siteDir, file)).size });
  }
  if (sizes.length === 0) throw new Error(`No release pages under ${newsDir}`);
  sizes.sort((a, b) => a.bytes - b.bytes);
  const heaviest = sizes[sizes.length - 1]!;
  const html = readFileSync(path.join(siteDir, heaviest.file), "utf8");
  let cssBytes = 0;
  for (const link of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(link[0])?.[1];
    if (!href || /^[a-z]+:/i.test(href)) continue;
    const local = href.startsWith(pathPrefix) ? href.slice(pathPrefix.length) : href.replace(/^\//, "");
    cssBytes += statSync(path.join(siteDir, local.split("?")[0]!)).size;
  }
  return {
    pages: sizes.length,
    medianHtmlBytes: sizes[Math.floor(sizes.length / 2)]!.bytes,
    maxHtmlBytes: heaviest.bytes,
    heaviestPage: heaviest.file,
    cssBytes,
    scripts: html.match(/<script\b(?![^>]*type="application\/ld\+json")/g)?.length ?? 0,
  };
}
