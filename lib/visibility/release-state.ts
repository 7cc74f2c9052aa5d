import type { Release } from "../model/release.ts";

/**
 * The one visibility rule (issue #10): what a release is at the build's instant, and what
 * each output may do with it. Every output asks `visibility()`; adding a state (say,
 * withdrawn) changes this file and the templates that show it, nothing else.
 */
export type ReleaseState = "draft" | "scheduled" | "published";

export type BuildMode = "production" | "development";

export interface Visibility {
  /** Its page is written, and lists, counts, archives, feeds and related releases may show it. */
  readonly shown: boolean;
  /** Search engines may have it: sitemaps, the news sitemap, no `noindex`. */
  readonly crawled: boolean;
  /** The search index may hold it. */
  readonly indexed: boolean;
  /** A preview-only release is marked as such wherever it is shown. */
  readonly banner: "draft" | "scheduled" | undefined;
}

/** A release dated exactly at the build time is published; one a millisecond later is scheduled. */
export function releaseState(release: Pick<Release, "draft" | "timestamp">, buildTimeMs: number): ReleaseState {
  if (release.draft) return "draft";
  return release.timestamp > buildTimeMs ? "scheduled" : "published";
}

const published: Visibility = { shown: true, crawled: true, indexed: true, banner: undefined };
const hidden: Visibility = { shown: false, crawled: false, indexed: false, banner: undefined };

/**
 * Production leaves drafts and scheduled releases out entirely: no page, title, word, term,
 * archive or count of theirs. The preview shows them, marked, and keeps them away from
 * crawlers and the search index so a preview can never teach either about them.
 */
export function visibility(state: ReleaseState, mode: BuildMode): Visibility {
  if (state === "published") return published;
  return mode === "development" ? { shown: true, crawled: false, indexed: false, banner: state } : hidden;
}

/** Shorthand for the outputs: the visibility of one release in this build. */
export function visibilityOf(release: Pick<Release, "draft" | "timestamp">, buildTimeMs: number, mode: BuildMode): Visibility {
  return visibility(releaseState(release, buildTimeMs), mode);
}
