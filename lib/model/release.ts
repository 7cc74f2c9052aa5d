/**
 * A release as the build uses it: validated, normalised, dates in the site zone.
 * Plain data (strings and numbers only) so it passes through Eleventy's data cascade
 * untouched and can be serialised.
 */
export interface Release {
  /** Source path relative to the project root, for error messages. */
  readonly sourcePath: string;
  readonly title: string;
  /** ISO 8601 with the site zone's offset, e.g. 2015-09-11T00:00:00.000+02:00. */
  readonly date: string;
  /** Milliseconds since the epoch, for sorting. */
  readonly timestamp: number;
  /** Year and month in the site zone ("2015", "09"). */
  readonly year: string;
  readonly month: string;
  readonly updated?: string | undefined;
  /** Release type key, e.g. press-release. */
  readonly type: string;
  readonly summary: string;
  /** Terms per taxonomy key, as the editor spelled them (merged spellings are resolved later). */
  readonly terms: Readonly<Record<string, readonly string[]>>;
  readonly sourceUrl?: string | undefined;
  readonly slug: string;
  /** Output path without the path prefix: /news/YYYY/MM/slug/. */
  readonly url: string;
  readonly draft: boolean;
  /** The Markdown body, rendered when a page or feed needs it. */
  readonly body: string;
}

/** Newest first; ties broken by URL so every build orders the same way. */
export function byNewest(a: Release, b: Release): number {
  return b.timestamp - a.timestamp || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
