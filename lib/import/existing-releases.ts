import { readFileSync } from "node:fs";
import type { DateTime } from "luxon";
import type { MarkdownIt } from "markdown-it";
import type { SiteConfig } from "../config/site-config.ts";
import { decodeReleaseFile } from "../content/decode-file.ts";
import { listReleaseFiles } from "../content/load-content.ts";
import { parseRelease } from "../content/parse-release.ts";
import { ownership, type Ownership } from "./release-writer.ts";

/** What the importer needs to know of a release already in the content folder. */
export interface ExistingRelease {
  /** Absolute path. */
  readonly path: string;
  readonly owner: Ownership;
  readonly sourceUrl?: string | undefined;
  /** "YYYY-MM-DD slug": how a release without a source URL is recognised. */
  readonly daySlug?: string | undefined;
  readonly url?: string | undefined;
  readonly aliases: readonly string[];
}

/** The same address however it was written: `https://Old.example/a/` and `https://old.example/a`. */
export function sourceKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

export function readExistingReleases(releasesDir: string, config: SiteConfig, md: MarkdownIt, buildTime: DateTime): ExistingRelease[] {
  return listReleaseFiles(releasesDir).map((file) => {
    const decoded = decodeReleaseFile(readFileSync(file));
    if (!decoded.ok) return { path: file, owner: { by: "editor" }, aliases: [] };
    const { release } = parseRelease(file, decoded.text, config, md, buildTime);
    // An invalid file still says where it came from; it is never overwritten either way.
    const rawSource = /^source_url:\s*["']?([^"'\s]+)/m.exec(decoded.text)?.[1];
    const sourceUrl = release?.sourceUrl ?? rawSource;
    return {
      path: file,
      owner: ownership(decoded.text),
      sourceUrl: sourceUrl === undefined ? undefined : sourceKey(sourceUrl),
      daySlug: release ? `${release.date.slice(0, 10)} ${release.slug}` : undefined,
      url: release?.url,
      aliases: release?.aliases ?? [],
    };
  });
}
