import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadContent, type LoadedContent } from "../content/load-content.ts";
import { ConfigError, type ContentProblem } from "../errors.ts";
import { publicFolderProblems } from "./public-folder.ts";
import { mediaProblems } from "../media/media-problems.ts";
import { TranslationIndex } from "../languages/translations.ts";
import { dictionaryWarning } from "../i18n/dictionary-check.ts";
import { MultilingualSite, releasesFolderOf } from "../languages/multilingual-site.ts";
import type { DateTime } from "luxon";
import type { ParseCache } from "../content/parse-cache.ts";
import { declaredRedirects, redirectProblems } from "../redirects/site-redirects.ts";
import { Newsroom } from "../site/newsroom.ts";
import { writtenPages } from "../site/written-pages.ts";

export interface SiteSources {
  /** Folder with site.json and releases/. */
  readonly contentDir: string;
  /** Folder published at the site root as it is. */
  readonly publicDir: string;
  /** This run's path prefix over site.json's, if any. */
  readonly pathPrefix?: string | undefined;
  /** The instant the build publishes at: changes and withdrawals after it are errors. */
  readonly buildTime: DateTime;
  /** Parsed files of the previous build (lib/content/parse-cache.ts); the build passes one, check does not. */
  readonly cache?: ParseCache | undefined;
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
  const content = loadContent({ contentDir: sources.contentDir, overrides: { pathPrefix: sources.pathPrefix }, buildTime: sources.buildTime, cache: sources.cache });
  const media = mediaProblems(content.releases, { contentDir: path.resolve(sources.contentDir), root: process.cwd() });
  const translations = content.config.languages?.length ? new TranslationIndex(content.releases, releasesFolderOf(sources.contentDir)).problems : [];
  // Interface strings a language's dictionary lacks show in English: worth a warning, not a refusal.
  const siteFile = path.join(sources.contentDir, "site.json");
  const dictionaries = (content.config.languages?.map((l) => l.tag) ?? [content.config.language]).flatMap((tag) => {
    const message = dictionaryWarning(tag);
    return message ? [{ file: path.relative(process.cwd(), siteFile), field: "language", message: message.replace(/^language: /, ""), severity: "warning" as const }] : [];
  });
  return { content, problems: [...content.problems, ...media, ...translations, ...dictionaries, ...oldAddressProblems(content, sources.buildTime), ...publicFolderProblems(sources.publicDir)] };
}

/** Cloudflare Pages' limit on static redirect rules (docs/deployment.md). */
const cloudflareRedirectRules = 2000;

/**
 * Aliases and redirects against each other and against every page any build of this
 * content writes (drafts and scheduled releases included, so publishing one later cannot
 * make a redirect collide). Skipped, with its cost, when the site declares none. The
 * preview passes the development model it already has as `everything`.
 */
export function oldAddressProblems(content: LoadedContent, buildTime: DateTime, everything?: Newsroom): ContentProblem[] {
  const siteFile = path.join(path.relative(process.cwd(), path.dirname(content.configFile)) || ".", "site.json").split(path.sep).join("/");
  const redirects = declaredRedirects(content.releases, content.config, siteFile);
  if (redirects.length === 0) return [];
  let pages: ReadonlyMap<string, string>;
  if (content.config.languages?.length) {
    // Each language's pages sit in its folder; aliases are site-root paths (issue #14).
    const site = new MultilingualSite(content, "development", buildTime, releasesFolderOf(path.dirname(content.configFile)));
    pages = site.writtenPages(writtenPages);
  } else {
    everything ??= new Newsroom(content.config, content.releases, "development", buildTime);
    pages = writtenPages(everything);
  }
  const problems = redirectProblems(redirects, pages);
  if (redirects.length > cloudflareRedirectRules) {
    problems.push({
      file: siteFile,
      field: "redirects",
      severity: "warning",
      message: `the site has ${redirects.length} old addresses (aliases and redirects); Cloudflare Pages reads only the first ${cloudflareRedirectRules} lines of _redirects, so the rest are served by their forwarding pages alone (docs/deployment.md)`,
    });
  }
  return problems;
}
