import { readFile } from "node:fs/promises";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { headersFor, parseHeadersFile, parseRedirectsFile, redirectFor, redirectLocation, type HeaderRule, type RedirectRule } from "../hosting/host-rules.ts";
import { headersFilePath, redirectsFilePath } from "../urls/site-urls.ts";

/** Netlify's and Cloudflare Pages' Cache-Control for a file no `_headers` rule gives one. */
const hostDefaultCacheControl = "public, max-age=0, must-revalidate";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site as plain static files, the way a press office's web host
 * would, under its path prefix. Used by `npm run serve` and the browser tests.
 *
 * Like Netlify and Cloudflare Pages, it honours the site's own `_redirects` (a 301 for
 * an old address, checked before any file, as Cloudflare does) and `_headers` (the
 * Content-Security-Policy, caching), and never serves those two files. They are read
 * again whenever they change, so a new build behind the `_site` link takes effect.
 */
export async function serveStatic(dir: string, options: { port?: number; pathPrefix?: string; host?: string } = {}): Promise<RunningServer> {
  const prefix = (options.pathPrefix ?? "/").replace(/\/+$/, "");
  const files = sirv(dir, { dev: true, etag: true, extensions: ["html"] });
  const hostRules = hostRulesOf(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (prefix && !(url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))) {
      res.statusCode = 404;
      res.end("Not found (outside the path prefix)");
      return;
    }
    const notFound = () => {
      // Like a static host configured with the site's 404 page. Sent by hand: sirv
      // always answers 200, and a crawler must see the 404.
      readFile(path.join(dir, "404.html")).then(
        (page) => {
          res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
          res.end(page);
        },
        () => {
          res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
          res.end("Not found");
        },
      );
    };
    let rules: HostRules;
    try {
      rules = hostRules();
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`The site's host configuration cannot be read: ${(error as Error).message}`);
      return;
    }
    const [pathname = "/", query = ""] = url.split(/\?(.*)/s);
    for (const [name, value] of headersFor(rules.headers, pathname)) res.setHeader(name, value);
    // What both hosts send when no rule sets it (sirv alone would say no-cache).
    if (!res.hasHeader("cache-control")) res.setHeader("cache-control", hostDefaultCacheControl);
    // Hosts read these two files and never serve them.
    const sitePath = pathname.slice(prefix.length);
    if (sitePath === headersFilePath || sitePath === redirectsFilePath) return notFound();
    const redirect = redirectFor(rules.redirects, pathname);
    if (redirect) {
      res.writeHead(redirect.status, { location: redirectLocation(redirect, query) });
      res.end();
      return;
    }
    req.url = url.slice(prefix.length) || "/";
    files(req, res, notFound);
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${prefix}/`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

interface HostRules {
  readonly headers: readonly HeaderRule[];
  readonly redirects: readonly RedirectRule[];
}

/** The site's `_headers` and `_redirects` rules, parsed again only when either file (or the build `dir` links to) changes. */
function hostRulesOf(dir: string): () => HostRules {
  let cached: { key: string; headers: HeaderRule[]; redirects: RedirectRule[] } | undefined;
  const read = (file: string) => {
    const full = path.join(dir, file);
    const stats = statSync(full, { throwIfNoEntry: false });
    return { stamp: stats ? `${stats.ino}:${stats.mtimeMs}` : "none", text: () => (stats ? readFileSync(full, "utf8") : "") };
  };
  return () => {
    const headersFile = read(headersFilePath);
    const redirectsFile = read(redirectsFilePath);
    const key = `${safeRealpath(dir)}|${headersFile.stamp}|${redirectsFile.stamp}`;
    if (cached?.key !== key) {
      cached = { key, headers: parseHeadersFile(headersFile.text(), "_headers"), redirects: parseRedirectsFile(redirectsFile.text(), "_redirects") };
    }
    return cached;
  };
}

function safeRealpath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
