import path from "node:path";
import { bundleBrowserScript } from "../build/browser-bundle.ts";

const entry = path.resolve(import.meta.dirname, "client/admin-app.ts");

/**
 * The admin page's script (/admin/newsroom-cms.js): a classic script, not a module,
 * because it runs right after decap-cms.js, before Decap reads config.yml, and reads its
 * settings from `document.currentScript`.
 */
export function bundleAdminClient(): Promise<string> {
  return bundleBrowserScript(entry, "iife", "The CMS admin script");
}
