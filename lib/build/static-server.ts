import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site as plain static files, the way a press office's web host
 * would, under its path prefix. Used by `npm run serve` and the browser tests.
 */
export async function serveStatic(dir: string, options: { port?: number; pathPrefix?: string; host?: string } = {}): Promise<RunningServer> {
  const prefix = (options.pathPrefix ?? "/").replace(/\/+$/, "");
  const files = sirv(dir, { dev: true, etag: true, extensions: ["html"] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (prefix && !(url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))) {
      res.statusCode = 404;
      res.end("Not found (outside the path prefix)");
      return;
    }
    req.url = url.slice(prefix.length) || "/";
    files(req, res, () => {
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
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${prefix}/`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
