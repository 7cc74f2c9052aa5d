import path from "node:path";
import { build } from "esbuild";
import { BuildError } from "../errors.ts";

const entry = path.resolve(import.meta.dirname, "client/search-app.ts");

/**
 * The search page's script, bundled from TypeScript at build time: one small ES module,
 * no framework. Pagefind's own pagefind.js is loaded by it at run time, not bundled.
 */
export async function bundleSearchClient(): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
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
    throw new BuildError(`The search page script (${path.relative(process.cwd(), entry)}) could not be bundled: ${(cause as Error).message}`, { cause });
  }
}
