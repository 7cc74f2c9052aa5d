import path from "node:path";
import { build } from "esbuild";
import { BuildError } from "../errors.ts";

const entry = path.resolve(import.meta.dirname, "client/admin-app.ts");

/**
 * The admin page's script (/admin/newsroom-cms.js), bundled from lib/cms/client/ on every
 * build: a classic script, not a module, because it runs right after decap-cms.js, before
 * Decap reads config.yml, and reads its settings from `document.currentScript`.
 */
export async function bundleAdminClient(): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: ["es2022"],
      minify: true,
      legalComments: "none",
      write: false,
      logLevel: "silent",
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error("esbuild returned no output");
    return output.text;
  } catch (cause) {
    throw new BuildError(`The CMS admin script (${path.relative(process.cwd(), entry)}) could not be bundled: ${(cause as Error).message}`, { cause });
  }
}
