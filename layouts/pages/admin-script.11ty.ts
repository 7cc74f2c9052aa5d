import { bundleAdminClient } from "../../lib/cms/client-bundle.ts";
import { adminScriptPath } from "../../lib/urls/site-urls.ts";
import { siteWide } from "../site-wide.ts";

// The editor's own script, compiled from lib/cms/client/ on every build.
// One editor for the whole site, written by the default language's build (site-wide.ts).
export const data = { permalink: siteWide(adminScriptPath), eleventyExcludeFromCollections: true };

export function render(): Promise<string> {
  return bundleAdminClient();
}
