import { createReadStream, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { ConfigError } from "../errors.ts";
import { fileTypeOf } from "../media/file-types.ts";
import { primaryFolder } from "../search/search-shards.ts";
import { errorPage, eventsPath, injectPreview } from "./preview-page.ts";
import type { RenderedPage } from "./render-worker.ts";

export interface PreviewServerOptions {
  readonly pathPrefix: string;
  readonly port: number;
  /** 127.0.0.1 unless the editor asks otherwise: drafts must not be readable from the network. */
  readonly host: string;
  /** Served at the site root as it is, like the build's copy (stylesheets unminified). */
  readonly publicDir: string;
  /** The preview's latest finished search build (never the production `_site`): only its search index is served. */
  readonly searchDir: string;
  /** Renders the page at a site path (no prefix) from the preview's current model. */
  render(sitePath: string): Promise<RenderedPage>;
}

export interface PreviewServer {
  readonly url: string;
  /** Tells open pages to reload, showing `error` over the last good model when given. */
  reload(error: string | undefined): void;
  close(): Promise<void>;
}

/** The search index of the background build is served from here (lib/search). */
const searchPath = `/${primaryFolder}/`;

/**
 * Serves the preview: pages rendered on request by the render worker, public/ as it is,
 * and the search index of the latest background build, with live reload over
 * server-sent events. HTML pages get the reload listener and the current problem added
 * on the way out; nothing is written anywhere.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const prefix = options.pathPrefix.replace(/\/+$/, "");
  const eventsUrl = `${prefix}/${eventsPath}`;
  const listeners = new Set<ServerResponse>();
  let lastError: string | undefined;
  const publicFiles = sirv(options.publicDir, { dev: true, extensions: [] });
  const searchFiles = sirv(options.searchDir, { dev: true, extensions: [] });
  const shownRenderErrors = new Set<string>();

  const sendHtml = (res: ServerResponse, status: number, page: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(injectPreview(page, eventsUrl, lastError));
  };

  const sendRendered = (res: ServerResponse, page: RenderedPage) => {
    switch (page.kind) {
      case "page":
        if (page.contentType.startsWith("text/html")) return sendHtml(res, page.status, page.body);
        res.writeHead(page.status, { "content-type": page.contentType, "cache-control": "no-store" });
        return void res.end(page.body);
      case "file":
        return void createReadStream(page.file)
          .once("error", () => void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found"))
          .once("open", () => res.writeHead(200, { "content-type": fileTypeOf(page.file).mime, "cache-control": "no-store" }))
          .pipe(res);
      case "redirect":
        return void res.writeHead(301, { location: `${prefix}${page.location}`, "cache-control": "no-store" }).end();
      case "no-model":
        res.writeHead(lastError ? 200 : 503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        return void res.end(lastError ? errorPage(lastError, eventsUrl) : errorPage("The preview is still reading the content; this page reloads when it is ready.", eventsUrl, "Loading…"));
      case "error":
        // A template or model error is a bug or an edit in progress in the code: said once in the terminal, on the page every time.
        if (!shownRenderErrors.has(page.message)) console.error(`\nA page could not be rendered:\n${page.message}`);
        shownRenderErrors.add(page.message);
        res.writeHead(500, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        return void res.end(errorPage(page.message, eventsUrl, "This page could not be rendered. Fix the code and save; the page reloads by itself."));
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://preview.invalid");
    if (url.pathname === eventsUrl) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      listeners.add(res);
      req.on("close", () => listeners.delete(res));
      return;
    }
    if (prefix && url.pathname === prefix) {
      res.writeHead(301, { location: `${prefix}/${url.search}` }).end();
      return;
    }
    if (prefix && !url.pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not found: the site is previewed under ${prefix}/`);
      return;
    }
    let sitePath: string;
    try {
      sitePath = decodeURIComponent(url.pathname.slice(prefix.length)) || "/";
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request: the address is not valid percent-encoding.");
      return;
    }
    req.url = url.pathname.slice(prefix.length) + url.search;
    const rendered = () => void options.render(sitePath).then((page) => sendRendered(res, page));
    if (sitePath.startsWith(searchPath)) {
      return searchFiles(req, res, () => {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("The preview's search index is still being built; search works once it is ready (the terminal says when).");
      });
    }
    if (isPublicFile(options.publicDir, sitePath)) return publicFiles(req, res, rendered);
    rendered();
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new ConfigError(`Port ${options.port} on ${options.host} is in use (another preview?); stop that one or choose another port with --port.`) : error),
    );
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

/**
 * Whether `sitePath` is a file in public/ the build would publish: inside the folder, and
 * if it is reached through a link, one that stays in the project (public-folder.ts; the
 * check reports any other link as an error, and the preview does not serve it either).
 */
function isPublicFile(publicDir: string, sitePath: string): boolean {
  const root = path.resolve(publicDir);
  const candidate = path.resolve(root, `.${sitePath}`);
  if (!candidate.startsWith(root + path.sep)) return false;
  try {
    if (!statSync(candidate).isFile()) return false;
    const target = realpathSync(candidate);
    const project = path.dirname(realpathSync(root));
    return target.startsWith(project + path.sep) && !target.split(path.sep).includes(".git");
  } catch {
    return false;
  }
}
