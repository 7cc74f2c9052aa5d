/**
 * `npm start [-- --port 8080 --host 127.0.0.1 --content DIR]`: the editors' preview.
 * Builds the site with drafts into `.newsroom-preview/` (never `_site/`, which
 * production deploys from), serves it on this machine only unless `--host` says
 * otherwise, and rebuilds and reloads the browser on every saved change.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";
import { loadSiteConfig } from "../lib/config/site-config.ts";
import { startPreviewServer } from "../lib/preview/preview-server.ts";
import { buildInChild, watchAndRebuild } from "../lib/preview/rebuild-loop.ts";

try {
  const { options, values } = buildOptionsFrom(process.argv.slice(2), process.env, { port: { type: "string" }, host: { type: "string" } });
  const contentDir = options.contentDir ?? "content";
  const siteDir = path.resolve(typeof values["out"] === "string" ? values["out"] : ".newsroom-preview/site");
  if (siteDir === path.resolve("_site")) throw new Error("The preview never writes to _site/, which production deploys from; choose another --out.");
  const site = loadSiteConfig(path.join(contentDir, "site.json"), { pathPrefix: options.pathPrefix });
  const server = await startPreviewServer({
    siteDir,
    pathPrefix: site.pathPrefix,
    port: Number(values["port"] ?? 8080),
    host: typeof values["host"] === "string" ? values["host"] : "127.0.0.1",
  });
  console.log(`Preview of ${contentDir}/ at ${server.url} (drafts shown; written to ${path.relative(process.cwd(), siteDir)}/, never to _site/).`);

  const publicDir = options.publicDir ?? "public";
  const args = ["--out", siteDir, "--content", contentDir, "--public", publicDir, ...(options.pathPrefix ? ["--prefix", options.pathPrefix] : []), ...(options.buildTime ? ["--build-time", options.buildTime] : [])];
  let shownError: string | undefined;
  const rebuild = async () => {
    const outcome = await buildInChild(path.join(import.meta.dirname, "preview-build.ts"), args);
    if (outcome.error && outcome.error !== shownError) console.error(`\n${outcome.error}\n(The preview keeps showing the last build that worked, with this message on every page.)`);
    else if (!outcome.error) console.log(`${shownError ? "Fixed; rebuilt" : "Built"} in ${outcome.seconds.toFixed(1)} s.`);
    shownError = outcome.error;
    server.reload(outcome.error);
  };
  await rebuild();
  const code = ["layouts", "lib"].map((folder) => path.join(import.meta.dirname, "..", folder));
  const watched = [contentDir, publicDir, ...code].filter((folder) => existsSync(folder));
  watchAndRebuild(watched, rebuild);
  console.log(`Watching ${watched.map((folder) => path.relative(process.cwd(), folder)).join(", ")} for changes. Press Ctrl+C to stop.`);
} catch (error) {
  process.exit(reportFailure(error));
}
