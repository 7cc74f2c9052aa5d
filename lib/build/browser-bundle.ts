import path from "node:path";
import { build } from "esbuild";
import { BuildError } from "../errors.ts";

/**
 * A script of the site's own, bundled from TypeScript at build time into one minified
 * file for the browsers the site supports. `what` names it in the error a reader gets.
 */
export async function bundleBrowserScript(entry: string, format: "esm" | "iife", what: string): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format,
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
    throw new BuildError(`${what} (${path.relative(process.cwd(), entry)}) could not be bundled: ${(cause as Error).message}`, { cause });
  }
}
