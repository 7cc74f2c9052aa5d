import path from "node:path";
import { bundleBrowserScript } from "../build/browser-bundle.ts";

const entry = path.resolve(import.meta.dirname, "client/search-app.ts");

/**
 * The search page's script: one small ES module, no framework. Pagefind's own
 * pagefind.js is loaded by it at run time, not bundled.
 */
export function bundleSearchClient(): Promise<string> {
  return bundleBrowserScript(entry, "esm", "The search page script");
}
