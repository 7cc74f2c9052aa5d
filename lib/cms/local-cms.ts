import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { brandStylesheet, brandStylesheetPath } from "../branding/brand-stylesheet.ts";
import { loadSiteConfig, type SiteConfig } from "../config/site-config.ts";
import { ConfigError, NewsroomError } from "../errors.ts";
import { mediaFolderName } from "../media/media-paths.ts";
import { adminConfigPath, adminFolder, adminScriptPath, mediaFolder } from "../urls/site-urls.ts";
import { adminContentSecurityPolicy } from "./admin-csp.ts";
import { decapBundleFiles } from "./admin-files.ts";
import { renderAdminPage } from "./admin-page.ts";
import { bundleAdminClient } from "./client-bundle.ts";
import { cmsConfig } from "./cms-config.ts";
import { renderCmsConfig } from "./cms-yaml.ts";
import { releaseFields } from "./release-fields.ts";

export interface LocalCmsOptions {
  /** The git checkout the CMS writes into (decap-server's GIT_REPO_DIRECTORY). */
  readonly repoDir: string;
  /** The content folder (site.json, releases/, media/), inside `repoDir`. */
  readonly contentDir: string;
  /** public/: the site's stylesheets, for the preview pane. */
  readonly publicDir: string;
  /** This run's override of site.json's path prefix. */
  readonly pathPrefix?: string | undefined;
  /** 127.0.0.1 unless asked otherwise: whoever reaches these ports can write into the checkout. */
  readonly host: string;
  /** The editor's page (0: any free port). */
  readonly port: number;
  /** decap-server's port. */
  readonly proxyPort: number;
  /** The environment decap-server inherits (PATH and the like); its own settings are set here. */
  readonly environment: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
}

export interface LocalCms {
  /** The editor: http://127.0.0.1:8082/admin/ (with the path prefix). */
  readonly url: string;
  /** decap-server's API, which config.yml names as `local_backend`. */
  readonly proxyUrl: string;
  close(): Promise<void>;
}

/** A proxy that answers nothing within this time has failed to start. */
const proxyStartMs = 20_000;

/**
 * `npm run cms` (issue #12): the editor against this checkout, without a git host.
 * decap-server (Decap's local proxy, in its file-system mode) reads and writes the files
 * of `repoDir`; a small server on the same machine serves /admin/ with a config.yml whose
 * `local_backend` names that proxy, Decap's bundle, the admin script, public/ for the
 * preview's stylesheets and the shared media folder for its images. Saving writes the file; committing it is the editor's (or git's
 * GUI's) job, as with any other edit. The page is made again on every request, so a
 * change to site.json shows on reload.
 */
export async function startLocalCms(options: LocalCmsOptions): Promise<LocalCms> {
  const log = options.log ?? ((line: string) => console.log(line));
  const repoDir = path.resolve(options.repoDir);
  const contentFolder = path.relative(repoDir, path.resolve(options.contentDir)).split(path.sep).join("/");
  if (contentFolder.startsWith("..") || path.isAbsolute(contentFolder)) {
    throw new ConfigError(`The content folder ${options.contentDir} is not inside ${repoDir}; the CMS writes files relative to the checkout, so run it from the project (or pass --repo).`);
  }
  const siteConfig = (): SiteConfig => {
    const config = loadSiteConfig(path.join(options.contentDir, "site.json"), { pathPrefix: options.pathPrefix });
    // Where the content is in this checkout, whatever site.json says about the repository.
    return { ...config, cms: { ...config.cms, contentFolder: contentFolder || "." } };
  };
  const first = siteConfig();
  const proxyUrl = `http://${options.host}:${options.proxyPort}/api/v1`;
  const proxy = await startProxy(repoDir, options, proxyUrl, log);
  let server: ReturnType<typeof createServer> | undefined;
  try {
    const script = await bundleAdminClient();
    const bundle = decapBundleFiles();
    const prefix = first.pathPrefix.replace(/\/$/, "");
    const publicFiles = sirv(options.publicDir, { dev: true, extensions: [] });
    // The shared media folder, published at /media/ (lib/media): Decap shows existing
    // images from their public path, which front matter writes without the path prefix.
    const mediaFiles = sirv(path.join(options.contentDir, mediaFolderName), { dev: true, extensions: [] });
    const adminHeaders = (config: SiteConfig, type: string) => ({
      "content-type": type,
      "cache-control": "no-store",
      "content-security-policy": adminContentSecurityPolicy(config.cms, proxyUrl),
      "x-robots-tag": "noindex",
      "x-content-type-options": "nosniff",
    });
    const handle = async (req: IncomingMessage, res: ServerResponse) => {
      const pathname = new URL(req.url ?? "/", "http://cms.invalid").pathname;
      if (pathname === "/" || pathname === `${prefix}/` || pathname === `${prefix}${adminFolder.slice(0, -1)}`) {
        res.writeHead(302, { location: `${prefix}${adminFolder}` }).end();
        return;
      }
      for (const base of [prefix, ""]) {
        if (pathname.startsWith(`${base}${mediaFolder}`)) {
          req.url = pathname.slice(`${base}${mediaFolder}`.length - 1);
          mediaFiles(req, res, () => void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found"));
          return;
        }
      }
      if (!pathname.startsWith(`${prefix}/`)) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not found: the editor is at ${prefix}${adminFolder}`);
        return;
      }
      const sitePath = pathname.slice(prefix.length);
      const config = siteConfig();
      if (sitePath === adminFolder) {
        res.writeHead(200, adminHeaders(config, "text/html; charset=utf-8")).end(renderAdminPage(config, releaseFields(config)));
      } else if (sitePath === adminConfigPath) {
        res.writeHead(200, adminHeaders(config, "text/yaml; charset=utf-8")).end(renderCmsConfig(cmsConfig(config, { localBackend: proxyUrl })));
      } else if (sitePath === adminScriptPath) {
        res.writeHead(200, adminHeaders(config, "text/javascript; charset=utf-8")).end(script);
      } else if (sitePath.startsWith(adminFolder) && bundle.files.includes(sitePath.slice(adminFolder.length))) {
        const file = sitePath.slice(adminFolder.length);
        const type = file.endsWith(".wasm") ? "application/wasm" : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8";
        res.writeHead(200, adminHeaders(config, type)).end(await readFile(path.join(bundle.dir, file)));
      } else if (sitePath === brandStylesheetPath && brandStylesheet(config) !== undefined) {
        res.writeHead(200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-store" }).end(brandStylesheet(config));
      } else {
        req.url = sitePath;
        publicFiles(req, res, () => void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found"));
      }
    };
    const running = createServer((req, res) => {
      handle(req, res).catch((error: unknown) => {
        const message = error instanceof NewsroomError ? error.message : `The editor's page could not be made: ${(error as Error).message}`;
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(message);
      });
    });
    server = running;
    await new Promise<void>((resolve, reject) => {
      running.once("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "EADDRINUSE" ? new ConfigError(`Port ${options.port} on ${options.host} is in use; choose another with --port.`) : error),
      );
      running.listen(options.port, options.host, resolve);
    });
    const { port } = running.address() as AddressInfo;
    return {
      url: `http://${options.host}:${port}${prefix}${adminFolder}`,
      proxyUrl,
      close: async () => {
        await new Promise<void>((resolve) => {
          running.close(() => resolve());
          running.closeAllConnections();
        });
        await stopProxy(proxy);
      },
    };
  } catch (error) {
    server?.close();
    await stopProxy(proxy);
    throw error;
  }
}

/** decap-server in file-system mode, listening on this machine only; resolves when it answers. */
async function startProxy(repoDir: string, options: LocalCmsOptions, proxyUrl: string, log: (line: string) => void): Promise<ChildProcess> {
  const entry = createRequire(import.meta.url).resolve("decap-server");
  const child = spawn(process.execPath, [entry], {
    // Its cwd is where it would read a .env file; the checkout's is the one that belongs to it.
    cwd: repoDir,
    env: { ...options.environment, PORT: String(options.proxyPort), BIND_HOST: options.host, GIT_REPO_DIRECTORY: repoDir, MODE: "fs", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const record = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter((l) => l.trim() !== "")) {
      output.push(line);
      log(`decap-server: ${line}`);
    }
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + proxyStartMs;
  while (Date.now() < deadline) {
    const outcome = await Promise.race([exited.then((code) => ({ code })), answers(proxyUrl).then((ok) => ({ ok }))]);
    if ("code" in outcome) {
      const busy = output.some((line) => line.includes("EADDRINUSE")) ? ` Port ${options.proxyPort} is in use; choose another with --proxy-port.` : "";
      throw new ConfigError(`decap-server (the CMS's local proxy) stopped at start with code ${outcome.code}.${busy}\n${output.join("\n")}`);
    }
    if (outcome.ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stopProxy(child);
  throw new ConfigError(`decap-server did not answer at ${proxyUrl} within ${proxyStartMs / 1000} s.\n${output.join("\n")}`);
}

async function answers(proxyUrl: string): Promise<boolean> {
  try {
    const response = await fetch(proxyUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });
    return response.ok;
  } catch {
    return false;
  }
}

async function stopProxy(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}
