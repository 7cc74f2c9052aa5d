import type { MarkdownIt } from "markdown-it";
import { DateTime } from "luxon";
import type { ReleaseType, SiteConfig, Taxonomy } from "../config/site-config.ts";
import { formatHumanDate } from "../dates/release-date.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { Release } from "../model/release.ts";
import { toSlug } from "../model/slug.ts";
import { absoluteUrl, href, termPath } from "../urls/site-urls.ts";

export type BuildMode = "production" | "development";

export interface TermLink {
  readonly label: string;
  /** Output path without the prefix. */
  readonly path: string;
}

/**
 * Everything the templates read, computed once per build. A class instance on
 * purpose: Eleventy deep-copies plain objects in its data cascade but passes class
 * instances by reference, and at 10,000+ releases that copy is what a build cannot afford.
 */
export class Newsroom {
  readonly md: MarkdownIt;
  readonly buildTime: DateTime;
  private readonly bodies = new Map<string, string>();
  private readonly typesByKey: ReadonlyMap<string, ReleaseType>;

  constructor(
    readonly config: SiteConfig,
    /** Newest first. */
    readonly releases: readonly Release[],
    readonly mode: BuildMode,
    buildTime: DateTime = DateTime.now(),
  ) {
    this.md = createMarkdown(config.markdown);
    this.buildTime = buildTime.setZone(config.timeZone);
    this.typesByKey = new Map(config.releaseTypes.map((t) => [t.key, t]));
  }

  href(path: string): string {
    return href(this.config, path);
  }

  absoluteUrl(path: string): string {
    return absoluteUrl(this.config, path);
  }

  typeLabel(key: string): string {
    return this.typesByKey.get(key)?.label ?? key;
  }

  typePlural(key: string): string {
    const type = this.typesByKey.get(key);
    return type?.plural ?? type?.label ?? key;
  }

  humanDate(iso: string): string {
    return formatHumanDate(iso, this.config.timeZone, this.config.language);
  }

  /** The rendered Markdown body, rendered once per build however many pages and feeds show it. */
  bodyHtml(release: Release): string {
    let body = this.bodies.get(release.url);
    if (body === undefined) {
      body = this.md.render(release.body);
      this.bodies.set(release.url, body);
    }
    return body;
  }

  /** Term links of one taxonomy on a release; the taxonomy module may replace spelling with the merged one. */
  termLinks(release: Release, taxonomy: Taxonomy): TermLink[] {
    return (release.terms[taxonomy.key] ?? []).map((label) => ({ label, path: termPath(taxonomy.slug, toSlug(label)) }));
  }
}
