import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config.ts";
import { decodeReleaseFile } from "../content/decode-file.ts";
import { parseRelease } from "../content/parse-release.ts";
import { formatProblem } from "../errors.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { slugFor } from "../model/slug.ts";
import { normaliseRedirectPath } from "../redirects/redirect-paths.ts";
import { readExistingReleases, sourceKey, type ExistingRelease } from "./existing-releases.ts";
import { parseLegacyPage } from "./legacy-page.ts";
import { mapLegacyPage } from "./map-legacy-page.ts";
import { releaseText, type ImportedFields } from "./release-writer.ts";

export interface ImportSettings {
  readonly contentDir: string;
  readonly config: SiteConfig;
  readonly buildTime: DateTime;
  readonly keepCase: boolean;
  /** Paths in the report are relative to this folder (default: the working directory). */
  readonly root?: string;
}

/**
 * imported: a new release file; updated / unchanged: the importer's own file rewritten;
 * kept: the release exists and is an editor's file, left alone; skipped: nothing written.
 */
export type ImportStatus = "imported" | "updated" | "unchanged" | "kept" | "skipped";

export interface FileOutcome {
  readonly file: string;
  readonly status: ImportStatus;
  /** The release file written or kept. */
  readonly release?: string;
  /** Why nothing was written (skipped, kept). */
  readonly reason?: string;
  /** What could not be carried over, as `file:line: message`. */
  readonly notes: readonly string[];
}

/** Legacy pages in a folder: text exports, not images or other files beside them. */
const legacyFile = /\.(txt|text|md|markdown)$/i;

/** Every legacy file named, folders searched recursively, in a stable order. */
export function legacyFiles(paths: readonly string[]): string[] {
  return paths.flatMap((given) => {
    if (!statSync(given).isDirectory()) return [given];
    return readdirSync(given, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && legacyFile.test(entry.name) && !entry.name.startsWith("."))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  });
}

/** Imports each legacy page as a release under `contentDir/releases/`; see docs/editors-guide.md. */
export function importPages(files: readonly string[], settings: ImportSettings): FileOutcome[] {
  const { config, buildTime } = settings;
  const root = settings.root ?? process.cwd();
  const shown = (file: string) => path.relative(root, path.resolve(file)).split(path.sep).join("/");
  const md = createMarkdown(config.markdown);
  const releasesDir = path.join(settings.contentDir, "releases");
  const existing = readExistingReleases(releasesDir, config, md, buildTime);
  const redirectsFrom = new Set(config.redirects.map((r) => normaliseRedirectPath(r.from)));
  // Old addresses under these folders would hide a page the site writes.
  const builtFolders = new Set(["news", "types", "search", "assets", "pagefind", "sitemaps", ...config.taxonomies.map((t) => t.slug)]);
  const writtenBy = new Map<string, string>();

  return files.map((file): FileOutcome => {
    const name = shown(file);
    const notes: string[] = [];
    const skipped = (reason: string): FileOutcome => ({ file: name, status: "skipped", reason, notes });
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (cause) {
      return skipped(`cannot be read (${(cause as Error).message})`);
    }
    const decoded = decodeReleaseFile(bytes);
    if (!decoded.ok) return skipped(`line ${decoded.line} is not UTF-8; save the file as UTF-8 and import it again`);

    const mapped = mapLegacyPage(parseLegacyPage(decoded.text), config, { keepCase: settings.keepCase });
    notes.push(...mapped.notes.map((n) => (n.line === undefined ? `${name}: ${n.message}` : `${name}:${n.line}: ${n.message}`)));
    if (!mapped.ok) return skipped(`not a release: ${mapped.reason}`);
    let fields = mapped.fields;

    const slug = slugFor(fields.title).slug;
    if (!slug) return skipped(`the headline "${fields.title}" gives an empty URL slug`);
    const year = fields.date.slice(0, 4);
    const target = path.join(releasesDir, year, `${fields.date}-${slug}.md`);
    const source = fields.sourceUrl === undefined ? undefined : sourceKey(fields.sourceUrl);
    // The same release: the one from the same old address, or, for a page without one,
    // the one of the same day and slug that has no old address either.
    const match = source !== undefined
      ? existing.find((e) => e.sourceUrl === source)
      : existing.find((e) => e.sourceUrl === undefined && e.daySlug === `${fields.date} ${slug}`);
    if (match && match.owner.by === "editor") {
      return { file: name, status: "kept", release: shown(match.path), reason: "the release is there and is an editor's file (edited since the import, or not imported); left as it is", notes };
    }
    const destination = match?.path ?? target;
    const earlier = writtenBy.get(destination);
    if (earlier) return skipped(`the same release as ${earlier}, imported above; remove one of the two pages`);
    if (!match && existsSync(destination)) return skipped(`${shown(destination)} already exists and is another release; rename one of them`);
    const relative = shown(destination);
    const others = existing.filter((e) => e.path !== destination);

    const url = `/news/${year}/${fields.date.slice(5, 7)}/${slug}/`;
    const clash = others.find((e) => e.url === url);
    if (clash) return skipped(`its address ${url} is already the address of ${shown(clash.path)}; rename one of them`);
    const aliases = fields.aliases.filter((alias) => {
      const taken = alias === normaliseRedirectPath(url) ? "this release's own address"
        : redirectsFrom.has(alias) ? "a redirect in site.json"
        : builtFolders.has(alias.split("/")[1] ?? "") ? "a folder of pages this site writes"
        : others.find((e) => e.aliases.includes(alias)) ? `an old address of ${shown(others.find((e) => e.aliases.includes(alias))!.path)}`
        : undefined;
      if (taken) notes.push(`${name}: old address ${alias} not kept as an alias: it is ${taken}`);
      return !taken;
    });
    fields = { ...fields, aliases } satisfies ImportedFields;

    const text = releaseText(fields, name);
    // The release is validated exactly as npm run check reads it, so an import never
    // writes a file the build would refuse.
    const { release, problems } = parseRelease(relative, text, config, md, buildTime);
    notes.push(...problems.filter((p) => p.severity === "warning").map(formatProblem));
    if (!release) {
      const errors = problems.filter((p) => p.severity === "error").map(formatProblem);
      return skipped(`the release it gives would not pass npm run check:\n    ${errors.join("\n    ")}`);
    }

    const before = existsSync(destination) ? readFileSync(destination, "utf8") : undefined;
    if (before !== text) {
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, text);
    }
    writtenBy.set(destination, name);
    const entry: ExistingRelease = { path: destination, owner: { by: "importer", legacyFile: name }, sourceUrl: source, daySlug: `${fields.date} ${slug}`, url: release.url, aliases: release.aliases };
    const at = existing.findIndex((e) => e.path === destination);
    if (at >= 0) existing[at] = entry;
    else existing.push(entry);
    const status: ImportStatus = before === undefined ? "imported" : before === text ? "unchanged" : "updated";
    return { file: name, status, release: relative, notes };
  });
}
