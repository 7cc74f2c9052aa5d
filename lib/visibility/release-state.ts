import type { Release, ReleaseWithdrawal } from "../model/release.ts";

/**
 * The one visibility rule (issue #10): what a release is at the build's instant, and what
 * each output may do with it. Every output asks `visibility()`; adding a state changes
 * this file and the templates that show it, nothing else.
 */
export type ReleaseState = "draft" | "scheduled" | "published" | "withdrawn";

export type BuildMode = "production" | "development";

export interface Visibility {
  /** Its page is written at its URL (and its aliases redirect there). */
  readonly page: boolean;
  /**
   * Lists, counts, archives, term and type pages, feeds and related releases may show it;
   * terms, months and years only it uses get no page.
   */
  readonly listed: boolean;
  /** In sitemap.xml, and its page carries no `noindex`. */
  readonly crawled: boolean;
  /** In the news sitemap (which is for news, not for every page a crawler may read). */
  readonly newsSitemap: boolean;
  /** The search index holds it. */
  readonly indexed: boolean;
  /** A notice above the headline: a preview-only release, or a withdrawn one. */
  readonly notice: "draft" | "scheduled" | "withdrawn" | undefined;
}

/** What the rule reads of a release: nothing else can change what a build does with it. */
export interface StateInputs extends Pick<Release, "draft" | "timestamp"> {
  readonly withdrawn?: Pick<ReleaseWithdrawal, "timestamp"> | undefined;
}

/**
 * A release dated exactly at the build time is published; one a millisecond later is
 * scheduled. A withdrawal takes effect at its own date (the checker refuses one dated
 * after the build, so in practice at once); a draft is a draft whatever else it says.
 */
export function releaseState(release: StateInputs, buildTimeMs: number): ReleaseState {
  if (release.draft) return "draft";
  if (release.timestamp > buildTimeMs) return "scheduled";
  if (release.withdrawn && release.withdrawn.timestamp <= buildTimeMs) return "withdrawn";
  return "published";
}

const published: Visibility = { page: true, listed: true, crawled: true, newsSitemap: true, indexed: true, notice: undefined };
const hidden: Visibility = { page: false, listed: false, crawled: false, newsSitemap: false, indexed: false, notice: undefined };
/**
 * GOV.UK's withdrawn: the page stays where links and search engines expect it, with the
 * notice, so nobody meets a dead link; it leaves every list, feed and the search index,
 * so nobody comes across it as current news.
 */
const withdrawn: Visibility = { page: true, listed: false, crawled: true, newsSitemap: false, indexed: false, notice: "withdrawn" };

/**
 * Production leaves drafts and scheduled releases out entirely: no page, title, word, term,
 * archive or count of theirs. The preview shows them, marked, and keeps them away from
 * crawlers and the search index so a preview can never teach either about them.
 */
export function visibility(state: ReleaseState, mode: BuildMode): Visibility {
  if (state === "published") return published;
  if (state === "withdrawn") return withdrawn;
  return mode === "development" ? { page: true, listed: true, crawled: false, newsSitemap: false, indexed: false, notice: state } : hidden;
}

/** Shorthand for the outputs: the visibility of one release in this build. */
export function visibilityOf(release: StateInputs, buildTimeMs: number, mode: BuildMode): Visibility {
  return visibility(releaseState(release, buildTimeMs), mode);
}
