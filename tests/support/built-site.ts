import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";

// The DOM types of htmlparser2's own domhandler (a different major is hoisted at the top level).
export type Document = ReturnType<typeof parseDocument>;
export type Element = Parameters<Parameters<typeof DomUtils.findAll>[0]>[0];

/** A built site on disk and where it is served from, for the whole-site checks. */
export interface BuiltSite {
  readonly outDir: string;
  /** Origin without a trailing slash, e.g. https://fixture.example. */
  readonly baseUrl: string;
  /** "/" or "/newsroom/". */
  readonly pathPrefix: string;
}

/** Every file of the site, as posix paths relative to the output folder. */
export function siteFiles(site: BuiltSite): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(site.outDir, full).split(path.sep).join("/"));
    }
  };
  walk(site.outDir);
  return files.sort();
}

/** The public URL a file is served at: news/x/index.html → https://host/prefix/news/x/. */
export function urlOfFile(site: BuiltSite, file: string): string {
  return `${site.baseUrl}${site.pathPrefix}${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

export type Resolved =
  | { readonly kind: "external" }
  | { readonly kind: "file"; readonly file: string; readonly fragment: string }
  | { readonly kind: "broken"; readonly reason: string };

/**
 * Where a URL found in a page (resolved against the page's own URL) lands: outside
 * the site, on a built file, or nowhere. Same-origin URLs must stay under the path
 * prefix, and folder URLs must end in "/" (a static host would redirect or 404).
 */
export function resolveInSite(site: BuiltSite, value: string, pageUrl: string): Resolved {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { kind: "broken", reason: "not a URL" };
  }
  if (url.origin !== new URL(site.baseUrl).origin) return { kind: "external" };
  if (!url.pathname.startsWith(site.pathPrefix)) return { kind: "broken", reason: `outside the path prefix ${site.pathPrefix}` };
  const relative = decodeURIComponent(url.pathname.slice(site.pathPrefix.length));
  const file = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
  const full = path.join(site.outDir, file);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    return { kind: "broken", reason: `no file ${file}` };
  }
  if (stats.isDirectory()) return { kind: "broken", reason: `folder ${relative} linked without a trailing slash` };
  return { kind: "file", file, fragment: decodeURIComponent(url.hash.slice(1)) };
}

export interface FoundUrl {
  readonly tag: string;
  readonly attribute: string;
  readonly value: string;
  /** Followed by a crawler (a and link elements), as opposed to loaded resources. */
  readonly navigable: boolean;
}

const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ["href"], area: ["href"], link: ["href"], img: ["src", "srcset"], source: ["src", "srcset"], script: ["src"],
  iframe: ["src"], audio: ["src"], video: ["src", "poster"], track: ["src"], embed: ["src"], object: ["data"],
  form: ["action"], blockquote: ["cite"], q: ["cite"], input: ["src"],
};

/** Meta tags whose content is a URL of this site. */
const urlMeta = new Set(["og:url", "og:image", "twitter:image"]);

/** Every URL an HTML page refers to: href, src, srcset candidates, poster, form action, og:url/og:image. */
export function urlsInPage(document: Document): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const tag = element.name;
    for (const attribute of urlAttributes[tag] ?? []) {
      const value = element.attribs[attribute];
      if (value === undefined) continue;
      const values = attribute === "srcset" ? srcsetUrls(value) : [value];
      for (const v of values) found.push({ tag, attribute, value: v, navigable: (tag === "a" || tag === "link") && attribute === "href" });
    }
    if (tag === "meta" && urlMeta.has(element.attribs["property"] ?? element.attribs["name"] ?? "") && element.attribs["content"]) {
      found.push({ tag, attribute: "content", value: element.attribs["content"], navigable: false });
    }
  }
  return found;
}

function srcsetUrls(srcset: string): string[] {
  return srcset.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? "").filter(Boolean);
}

const documents = new Map<string, Document>();

/** The parsed page, parsed once per test run. */
export function pageDocument(site: BuiltSite, file: string): Document {
  const key = path.join(site.outDir, file);
  let document = documents.get(key);
  if (!document) {
    document = parseDocument(readFileSync(key, "utf8"));
    documents.set(key, document);
  }
  return document;
}

export function elements(document: Document, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, document.children);
}

/** Whether a page is a redirect page (an old address refreshing to its new one), which no crawler should index or reach. */
export function isRedirectPage(site: BuiltSite, file: string): boolean {
  return elements(pageDocument(site, file), (e) => e.name === "meta" && e.attribs["http-equiv"] === "refresh").length > 0;
}

function ids(document: Document): Set<string> {
  return new Set(elements(document, (e) => e.attribs["id"] !== undefined).map((e) => e.attribs["id"]!));
}

/** Every URL of every page that points into the site but at no built file (or at a missing #id). */
export function brokenLinks(site: BuiltSite, files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const pageUrl = urlOfFile(site, file);
    for (const found of urlsInPage(pageDocument(site, file))) {
      const target = resolveInSite(site, found.value, pageUrl);
      if (target.kind === "broken") {
        problems.push(`${file}: <${found.tag} ${found.attribute}="${found.value}">: ${target.reason}`);
      } else if (target.kind === "file" && target.fragment && target.file.endsWith(".html") && !ids(pageDocument(site, target.file)).has(target.fragment)) {
        problems.push(`${file}: <${found.tag} ${found.attribute}="${found.value}">: no id "${target.fragment}" in ${target.file}`);
      }
    }
  }
  return problems;
}

/** The HTML pages a crawler reaches from `start` by following a and link hrefs inside the site. */
export function crawl(site: BuiltSite, start: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const found of urlsInPage(pageDocument(site, file))) {
      if (!found.navigable) continue;
      const target = resolveInSite(site, found.value, urlOfFile(site, file));
      if (target.kind === "file" && target.file.endsWith(".html") && !reached.has(target.file)) queue.push(target.file);
    }
  }
  return reached;
}
