/**
 * The admin page's own script (bundled into /admin/newsroom-cms.js by lib/cms/client-bundle.ts),
 * run after decap-cms.js and before Decap has fetched config.yml: it registers what the
 * configuration names and Decap cannot do itself.
 *
 * - the release format (release-file.ts): a save changes only the lines of what changed;
 * - before a new release is saved, its file name as `npm run new` makes it (file-name.ts);
 * - the preview pane: the site's stylesheets and the release page's markup;
 * - the text opens in plain Markdown, not rich text.
 */
import { releaseFormatName, settingsAttribute, type AdminSettings } from "./admin-settings.ts";
import type { DecapWindow } from "./decap.ts";
import { fileNameKey, fileYearKey, releaseFileName } from "./file-name.ts";
import { releasePreview } from "./release-preview.ts";
import { readReleaseFile, writeReleaseFile } from "./release-file.ts";

/** Where Decap's Markdown widget remembers the editor's mode (decap-cms-widget-markdown). */
const markdownModeKey = "cms.md-mode";

const script = document.currentScript;
const settings = JSON.parse(script?.getAttribute(settingsAttribute) ?? "null") as AdminSettings | null;
const { CMS, h } = window as unknown as DecapWindow;

if (!settings || !CMS || !h) {
  throw new Error(`The CMS could not start: ${!settings ? `its script element has no ${settingsAttribute} attribute` : "decap-cms.js did not load before newsroom-cms.js"}. Rebuild the site (npm run build).`);
}

CMS.registerCustomFormat(releaseFormatName, "md", {
  fromFile: (text) => readReleaseFile(text),
  toFile: (data) => writeReleaseFile(data, settings.fields),
});

CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    // An existing release keeps its file; only a new one needs a name.
    if (entry.get("newRecord") !== true) return undefined;
    const data = entry.get("data") as ReturnType<typeof entry.set>;
    const file = releaseFileName(data.get("date"), data.get("title"), data.get("slug"));
    return data.set(fileYearKey, file.year).set(fileNameKey, file.name);
  },
});

// Decap opens the text in rich-text mode unless the browser remembers another choice, and
// rich text writes the whole body's Markdown anew on any edit ("-" bullets become "*", the
// blank line after the front matter goes). Plain Markdown mode edits only what is typed,
// so it is the first mode here; an editor's own switch to rich text is remembered.
if (localStorage.getItem(markdownModeKey) === null) localStorage.setItem(markdownModeKey, "raw");

for (const stylesheet of settings.stylesheets) CMS.registerPreviewStyle(stylesheet);
CMS.registerPreviewTemplate("releases", releasePreview(h, settings));
