import { existsSync } from "node:fs";
import path from "node:path";
import { startPreviewServer, type PreviewServer } from "./preview-server.ts";
import { RendererProcess, type RendererOutcome } from "./renderer-process.ts";
import { buildInChild, coalesced, watchPaths, type ChildBuild, type Watched } from "./rebuild-loop.ts";

export interface PreviewOptions {
  readonly contentDir: string;
  readonly publicDir: string;
  /** Where the background search build writes (never `_site`); its /pagefind/ is served. */
  readonly searchDir: string;
  /** The site's path prefix (site.json's, or this run's override). */
  readonly pathPrefix: string;
  /** This run's override of site.json's prefix, passed on to the worker and the search build. */
  readonly prefixOverride?: string | undefined;
  readonly buildTime?: string | undefined;
  readonly port: number;
  readonly host: string;
  /** Where messages for the editor go (default the terminal). */
  readonly log?: (line: string) => void;
  readonly logError?: (line: string) => void;
}

export interface Preview {
  readonly server: PreviewServer;
  close(): Promise<void>;
}

type Change = "content" | "public" | "code";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const workerScript = path.join(projectRoot, "scripts", "preview-worker.ts");
const searchBuildScript = path.join(projectRoot, "scripts", "preview-build.ts");
/** Code the worker runs: an edit here starts a new worker. */
const codePaths = ["lib", "layouts", ".eleventy.ts"].map((name) => path.join(projectRoot, name));

/** A saved edit reaches the worker after this quiet time (several files saved at once are one change). */
const contentQuietMs = 50;
/** The search index is rebuilt once edits have paused this long; it takes far longer than that anyway. */
const searchQuietMs = 1000;

/**
 * `npm start`: the editors' preview (issue #13). Pages are rendered on request from an
 * in-memory model by a render worker (render-worker.ts); a content change is validated
 * incrementally and open pages reload; a code change restarts the worker. Pagefind cannot
 * add to an index, so search comes from a preview build in the background
 * (scripts/preview-build.ts, lowest CPU priority; incremental against the previous one,
 * lib/build/incremental), served when it has finished.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? ((line: string) => console.log(line));
  const logError = options.logError ?? ((line: string) => console.error(line));
  const sourceArgs = [
    "--content", options.contentDir,
    "--public", options.publicDir,
    ...(options.prefixOverride ? ["--prefix", options.prefixOverride] : []),
    ...(options.buildTime ? ["--build-time", options.buildTime] : []),
  ];

  let contentError: string | undefined;
  let codeError: string | undefined;
  const printedWarnings = new Set<string>();
  const shownError = () => [codeError, contentError].filter(Boolean).join("\n\n") || undefined;

  const renderer = new RendererProcess(workerScript, [...sourceArgs, "--out", options.searchDir], (message) => {
    codeError = `The preview's renderer stopped; save any file to start it again.\n${message}`;
    logError(`\n${codeError}`);
    server.reload(shownError());
  });
  const server = await startPreviewServer({
    pathPrefix: options.pathPrefix,
    port: options.port,
    host: options.host,
    publicDir: options.publicDir,
    searchDir: options.searchDir,
    render: (sitePath) => renderer.render(sitePath),
  });
  log(`Preview of ${options.contentDir}/ at ${server.url} (drafts shown; pages are rendered as they are asked for and nothing is written to _site/; search is built in ${path.relative(process.cwd(), options.searchDir)}/).`);

  let firstLoad = true;
  const report = (outcome: RendererOutcome, restarted: boolean, codeChanged: boolean) => {
    if (outcome.kind === "code-error") {
      const error = codeChanged && !firstLoad
        ? `The changed code cannot be loaded, so the preview keeps rendering with the code that last worked:\n${outcome.error}`
        : `The preview's renderer could not start; save a file to try again:\n${outcome.error}`;
      if (error !== codeError) logError(`\n${error}`);
      codeError = error;
      return;
    }
    const hadError = contentError !== undefined || codeError !== undefined;
    // Code that failed to load stays reported until a new worker has loaded.
    if (restarted) codeError = undefined;
    for (const warning of outcome.warnings.filter((w) => !printedWarnings.has(w))) logError(warning);
    for (const warning of outcome.warnings) printedWarnings.add(warning);
    if (outcome.error) {
      if (outcome.error !== contentError) {
        const after = outcome.releases > 0 ? "The preview keeps showing the last content that worked, with this message on every page." : "The preview shows this message until it is fixed; save the fix and the page reloads.";
        logError(`\n${outcome.error}\n(${after})`);
      }
      contentError = outcome.error;
    } else {
      contentError = undefined;
      const seconds = outcome.seconds.toFixed(2);
      if (firstLoad) log(`Loaded ${outcome.releases} releases in ${outcome.seconds.toFixed(1)} s.`);
      else if (restarted) log(`Code changed; the renderer restarted in ${outcome.seconds.toFixed(1)} s.`);
      else log(`${hadError ? "Fixed; updated" : "Updated"} in ${seconds} s (${outcome.parsed} ${outcome.parsed === 1 ? "file" : "files"} read).`);
    }
    firstLoad &&= outcome.error !== undefined;
  };

  // Search: one full preview build at a time, after the model changed and edits paused.
  let searchBuild: ChildBuild | undefined;
  let searchError: string | undefined;
  const searchBuilds = coalesced(async () => {
    searchBuild = buildInChild(searchBuildScript, ["--out", options.searchDir, ...sourceArgs], { background: true });
    const outcome = await searchBuild.outcome;
    searchBuild = undefined;
    if (outcome.error) {
      // Content problems are already on the page and in the terminal; the first line says enough.
      const line = outcome.error.split("\n")[0]!;
      if (line !== searchError) logError(`The search index was not updated: ${line}`);
      searchError = line;
    } else {
      searchError = undefined;
      log(`Search index updated in ${outcome.seconds.toFixed(1)} s.`);
    }
  }, searchQuietMs);

  const pending = new Set<Change>();
  const changes = coalesced(async () => {
    const changed = new Set(pending);
    pending.clear();
    const restart = changed.has("code") || !renderer.running;
    const outcome = restart ? await renderer.restart() : await renderer.update();
    report(outcome, restart, changed.has("code"));
    server.reload(shownError());
    if (outcome.kind === "model" && !outcome.error && (changed.has("content") || changed.has("code"))) searchBuilds.request();
  }, contentQuietMs);

  // The first load is a start of the worker like any other, in the same queue as later changes.
  pending.add("code");
  changes.request();

  const watched: Watched<Change>[] = [
    { path: options.contentDir, kind: "content" as const },
    { path: options.publicDir, kind: "public" as const },
    ...codePaths.map((code) => ({ path: code, kind: "code" as const })),
  ].filter((entry) => existsSync(entry.path));
  const watchers = watchPaths(watched, (kind) => {
    pending.add(kind);
    changes.request();
  });
  log(`Watching ${watched.map((entry) => path.relative(process.cwd(), entry.path) || ".").join(", ")} for changes. Press Ctrl+C to stop.`);

  return {
    server,
    async close() {
      watchers.close();
      changes.close();
      searchBuilds.close();
      searchBuild?.stop();
      await Promise.all([renderer.close(), server.close()]);
    },
  };
}
