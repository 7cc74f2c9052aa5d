import { renderAdminPage } from "../../lib/cms/admin-page.ts";
import { releaseFields } from "../../lib/cms/release-fields.ts";
import type { Newsroom } from "../../lib/site/newsroom.ts";
import { adminFolder } from "../../lib/urls/site-urls.ts";
import { siteWide } from "../site-wide.ts";

// The browser editor (issue #12): Decap CMS, its bundle copied beside this page (.eleventy.ts).
// One editor for the whole site, written by the default language's build (site-wide.ts).
export const data = { permalink: siteWide(adminFolder), eleventyExcludeFromCollections: true };

export function render(data: { newsroom: Newsroom }): string {
  return renderAdminPage(data.newsroom.config, releaseFields(data.newsroom.config));
}
