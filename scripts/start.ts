/**
 * `npm start [-- --port 8080 --host 127.0.0.1 --content DIR --out DIR]`: the editors'
 * preview (lib/preview/start-preview.ts). Renders pages with drafts on request from the
 * content in memory, serves them on this machine only unless `--host` says otherwise,
 * and reloads open pages on every saved change. Nothing is written to `_site/`; the
 * search index is built in the background into `.newsroom-preview/` (or `--out`).
 */
import path from "node:path";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";
import { loadSiteConfig } from "../lib/config/site-config.ts";
import { ConfigError } from "../lib/errors.ts";
import { startPreview } from "../lib/preview/start-preview.ts";

try {
  const { options, values } = buildOptionsFrom(process.argv.slice(2), process.env, { port: { type: "string" }, host: { type: "string" } });
  const contentDir = options.contentDir ?? "content";
  const searchDir = path.resolve(typeof values["out"] === "string" ? values["out"] : ".newsroom-preview/site");
  if (searchDir === path.resolve("_site")) throw new ConfigError("The preview never writes to _site/, which production deploys from; choose another --out.");
  const site = loadSiteConfig(path.join(contentDir, "site.json"), { pathPrefix: options.pathPrefix });
  const preview = await startPreview({
    contentDir,
    publicDir: options.publicDir ?? "public",
    searchDir,
    pathPrefix: site.pathPrefix,
    prefixOverride: options.pathPrefix,
    buildTime: options.buildTime,
    port: Number(values["port"] ?? 8080),
    host: typeof values["host"] === "string" ? values["host"] : "127.0.0.1",
  });
  // The worker and a search build in progress end with the preview.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void preview.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)));
  }
} catch (error) {
  process.exit(reportFailure(error));
}
