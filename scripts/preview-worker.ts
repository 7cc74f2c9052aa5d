/**
 * The preview's render worker, started by `npm start` (lib/preview/renderer-process.ts)
 * with the preview's options; it talks to its parent over IPC (lib/preview/render-worker.ts).
 * When it cannot start, what it prints is the message the preview shows: code that does
 * not load is usually an edit in progress, so where it failed matters, not a bug report.
 */
import path from "node:path";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { NewsroomError } from "../lib/errors.ts";
import { runRenderWorker } from "../lib/preview/render-worker.ts";

try {
  const { options } = buildOptionsFrom(process.argv.slice(2), process.env);
  // --out is the preview's search build folder; its build store holds the image renditions both use.
  const imageCacheDir = path.join(`${options.outDir ?? ".newsroom-preview"}.builds`, "images");
  await runRenderWorker({ contentDir: options.contentDir ?? "content", publicDir: options.publicDir ?? "public", pathPrefix: options.pathPrefix, buildTime: options.buildTime, imageCacheDir });
} catch (error) {
  console.error(error instanceof NewsroomError ? error.message : ((error as Error)?.stack ?? String(error)));
  process.exit(1);
}
