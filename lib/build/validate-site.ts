import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadContent, type LoadedContent } from "../content/load-content.ts";
import { ConfigError, type ContentProblem } from "../errors.ts";
import { publicFolderProblems } from "./public-folder.ts";

export interface SiteSources {
  /** Folder with site.json and releases/. */
  readonly contentDir: string;
  /** Folder published at the site root as it is. */
  readonly publicDir: string;
  /** This run's path prefix over site.json's, if any. */
  readonly pathPrefix?: string | undefined;
}

export interface SiteValidation {
  readonly content: LoadedContent;
  /** Every problem of the content and of public/, errors and warnings. */
  readonly problems: readonly ContentProblem[];
}

/**
 * The one validation path: `npm run check`, `npm run build` and the preview all call
 * this, so what check passes the build accepts. Configuration problems throw a
 * ConfigError; content problems are returned for the caller to print or refuse.
 */
export function validateSite(sources: SiteSources): SiteValidation {
  const releasesDir = path.join(sources.contentDir, "releases");
  if (!existsSync(releasesDir) || !statSync(releasesDir).isDirectory()) {
    throw new ConfigError(
      `${releasesDir} does not exist, so there is nothing to publish. Check the content folder (NEWSROOM_CONTENT_DIR or --content, now ${sources.contentDir}); a renamed or moved releases/ folder must be moved back. Nothing was built.`,
    );
  }
  const content = loadContent({ contentDir: sources.contentDir, overrides: { pathPrefix: sources.pathPrefix } });
  return { content, problems: [...content.problems, ...publicFolderProblems(sources.publicDir)] };
}
