import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { errorPage, eventsPath, injectPreview } from "./preview-page.ts";

export interface PreviewServerOptions {
  /** The preview's output link (never the production `_site`). */
  readonly siteDir: string;
  readonly pathPrefix: string;
  readonly port: number;
  /** 127.0.0.1 unless the editor asks otherwise: drafts must not be readable from the network. */
  readonly host: string;
}

export interface PreviewServer {
  readonly url: string;
  /** Tells open pages to reload, showing `error` over the last good build when given. */
  reload(error: string | undefined): void;
  close(): Promise<void>;
}

/**
 * Serves the preview build with live reload. HTML pages get the reload listener and
 * the last build's error added on the way out; other files are served as they are.
 * Files are looked up per request, so a rebuild's new link is followed at once.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const prefix = options.pathPrefix.replace(/\/+$/, "");
  const eventsUrl = `${prefix}/${eventsPath}`;
  const listeners = new Set<ServerResponse>();
  let lastError: string | undefined;
  const assets = sirv(options.siteDir, { dev: true, extensions: [] });

  const sendHtml = (res: ServerResponse, status: number, page: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(injectPreview(page, eventsUrl, lastError));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://preview.invalid");
    if (url.pathname === eventsUrl) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      listeners.add(res);
      req.on("close", () => listeners.delete(res));
      return;
    }
    if (!existsSync(path.join(options.siteDir, "index.html"))) {
      res.writeHead(lastError ? 200 : 503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(lastError ? errorPage(lastError, eventsUrl) : errorPage("The first build of the preview is still running; this page reloads when it is ready.", eventsUrl, "Building…"));
      return;
    }
    if (prefix && !(url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not found: the site is previewed under ${prefix}/`);
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(prefix.length)) || "/";
    const file = htmlFileFor(options.siteDir, relative);
    if (file) return sendHtml(res, 200, readFileSync(file, "utf8"));
    req.url = relative + url.search;
    assets(req, res, () => {
      const notFound = path.join(options.siteDir, "404.html");
      if (existsSync(notFound)) sendHtml(res, 404, readFileSync(notFound, "utf8"));
      else res.writeHead(404).end("Not found");
    });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const shownHost = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${shownHost}:${port}${prefix}/`,
    reload(error) {
      lastError = error;
      for (const listener of listeners) listener.write("event: reload\ndata: now\n\n");
    },
    close: () =>
      new Promise((resolve) => {
        for (const listener of listeners) listener.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The HTML file a path shows (a folder's index.html), if it exists inside the site. */
function htmlFileFor(siteDir: string, relative: string): string | undefined {
  const root = path.resolve(siteDir);
  const candidate = path.resolve(root, `.${relative}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const file = relative.endsWith("/") ? path.join(candidate, "index.html") : candidate;
  if (!file.endsWith(".html")) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
