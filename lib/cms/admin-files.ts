import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BuildError } from "../errors.ts";
import { adminFolder } from "../urls/site-urls.ts";

/**
 * Decap CMS's browser bundle, as the decap-cms package ships it (dist/): decap-cms.js
 * (about 5 MB, the whole CMS), the chunks it loads on demand from beside itself
 * (`<n>.decap-cms.js`: editor modes, locales, the image encoder) and the WebAssembly of
 * that encoder, with the licence notice of the bundle. Source maps and cms.js (the same
 * bundle under its old name) are left out.
 */
export function decapBundleFiles(): { readonly dir: string; readonly files: readonly string[] } {
  let main: string;
  try {
    main = createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js");
  } catch (cause) {
    throw new BuildError("The CMS bundle (node_modules/decap-cms/dist/decap-cms.js) is missing; run npm ci.", { cause });
  }
  const dir = path.dirname(main);
  const files = readdirSync(dir)
    .filter((name) => name === "decap-cms.js" || name === "decap-cms.js.LICENSE.txt" || /^\d+\.decap-cms\.js$/.test(name) || /^[0-9a-f]+\.wasm$/.test(name))
    .sort();
  return { dir, files };
}

/** Eleventy's passthrough copy of the bundle: each file to /admin/ of the output (no prefix: that is a URL's). */
export function adminBundleCopy(): Record<string, string> {
  const { dir, files } = decapBundleFiles();
  return Object.fromEntries(files.map((file) => [path.join(dir, file), `${adminFolder.slice(1)}${file}`]));
}
