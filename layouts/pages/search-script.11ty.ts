import { bundleSearchClient } from "../../lib/search/client-bundle.ts";

// The search page's script, compiled from lib/search/client/ on every build.
export const data = { permalink: "/assets/search.js", eleventyExcludeFromCollections: true };

export function render(): Promise<string> {
  return bundleSearchClient();
}
