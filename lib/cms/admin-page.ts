import type { SiteConfig } from "../config/site-config.ts";
import { brandStylesheetPath } from "../branding/brand-stylesheet.ts";
import { html } from "../html/html.ts";
import { adminConfigPath, adminFolder, adminScriptPath, href, releaseExtrasStylesheetPath } from "../urls/site-urls.ts";
import { settingsAttribute, type AdminSettings } from "./client/admin-settings.ts";
import type { CmsField } from "./release-fields.ts";

/** Decap's bundle, copied beside the page (lib/cms/admin-files.ts). */
export const decapScriptPath = `${adminFolder}decap-cms.js`;

/**
 * /admin/index.html: Decap CMS and the admin script, nothing else. Decap draws the whole
 * page itself. `noindex` for search engines (robots.txt also disallows /admin/; the
 * header X-Robots-Tag says it for the bundle files too).
 */
export function renderAdminPage(config: SiteConfig, fields: readonly CmsField[]): string {
  const settings: AdminSettings = {
    // The preview pane may show any part of a release, so it loads release-extras.css always.
    stylesheets: [href(config, "/assets/site.css"), ...(config.brand?.colour ? [href(config, brandStylesheetPath)] : []), href(config, releaseExtrasStylesheetPath)],
    language: config.language,
    types: Object.fromEntries(config.releaseTypes.map((type) => [type.key, type.label])),
    taxonomies: config.taxonomies.map((taxonomy) => ({ key: taxonomy.key, label: taxonomy.label })),
    fields: fields.map((field) => ({ name: field.name, ...(field.fields ? { fields: field.fields.map((inner) => inner.name) } : {}) })),
  };
  return (
    "<!doctype html>\n" +
    html`<html lang="${config.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Editor | ${config.title}</title>
<link href="${href(config, adminConfigPath)}" type="text/yaml" rel="cms-config-url">
<link rel="icon" href="${href(config, "/assets/favicon.svg")}" type="image/svg+xml">
</head>
<body>
<noscript><p>The editor needs JavaScript. Releases can also be written as files: see the editors' guide.</p></noscript>
<script src="${href(config, decapScriptPath)}"></script>
<script src="${href(config, adminScriptPath)}" ${settingsAttribute}="${JSON.stringify(settings)}"></script>
</body>
</html>
`.value
  );
}
