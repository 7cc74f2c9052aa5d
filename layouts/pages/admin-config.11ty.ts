import { cmsConfig } from "../../lib/cms/cms-config.ts";
import { renderCmsConfig } from "../../lib/cms/cms-yaml.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { adminConfigPath } from "../../lib/urls/site-urls.ts";
import { siteWide } from "../site-wide.ts";

// The editor's configuration, made from site.json and the release schema on every build (lib/cms).
// One editor for the whole site, written by the default language's build (site-wide.ts).
export const data = { permalink: siteWide(adminConfigPath), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderCmsConfig(cmsConfig(data.newsroom.config));
}
