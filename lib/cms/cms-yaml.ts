import yaml from "js-yaml";
import type { CmsConfig } from "./cms-config.ts";

/**
 * /admin/config.yml: the configuration as YAML for Decap to read. Double quotes where YAML
 * needs quotes, no line wrapping (a hint stays one line), no anchors.
 */
export function renderCmsConfig(config: CmsConfig): string {
  const header =
    "# Written by `npm run build` from site.json and the release schema (lib/cms/cms-config.ts).\n" +
    "# Do not edit: the next build writes it again. Settings: the cms section of site.json.\n";
  return header + yaml.dump(config, { lineWidth: -1, noRefs: true, quotingType: '"' });
}
