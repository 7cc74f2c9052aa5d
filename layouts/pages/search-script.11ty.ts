import { bundleSearchClient } from "../../lib/search/client-bundle.ts";
import { siteWide } from "../site-wide.ts";

// The search page's script, compiled from lib/search/client/ on every build.
export const data = { permalink: siteWide("/assets/search.js"), eleventyExcludeFromCollections: true };

export function render(): Promise<string> {
  return bundleSearchClient();
}
