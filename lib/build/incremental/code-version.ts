import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a page's output can depend on besides the content: the code that renders it. */
const codePaths = ["lib", "layouts", ".eleventy.ts", "package-lock.json", "package.json"];
/** Code no build runs: the preview's server and worker. */
const notBuildCode = [path.join("lib", "preview")];

/**
 * A digest of every file of the code that shapes the output: any change to a module, a
 * template or a dependency version makes the next build a full one (issue #13). Reading
 * the files (not their times) keeps a checkout or a touch from costing a full build.
 */
export function codeVersion(projectRoot: string): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(projectRoot, relative);
    if (!existsSync(full) || notBuildCode.includes(relative)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(relative, name));
      return;
    }
    hash.update(relative).update("\0").update(readFileSync(full)).update("\0");
  };
  for (const entry of codePaths) visit(entry);
  return hash.digest("base64url");
}
