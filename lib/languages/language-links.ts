import type { SiteLanguage } from "./site-languages.ts";

/** A version of a page in one language, for hreflang links and the language switch. */
export interface PageVersion {
  readonly language: SiteLanguage;
  /** Site path with the language's prefix, for links: /fr/news/2026/03/rapport/. */
  readonly href: string;
  /** Absolute URL, for `<link rel="alternate" hreflang>` and sitemaps. */
  readonly url: string;
}

/**
 * What one language's pages know of the others (issue #14). A single-language site has
 * none, and its pages carry no language switch or alternates.
 */
export interface LanguageLinks {
  readonly language: SiteLanguage;
  readonly languages: readonly SiteLanguage[];
  /** The path prefix of files every language shares (stylesheets, scripts, images, robots.txt). */
  readonly rootPrefix: string;
  /**
   * The versions of the page at `path` (this language's, no prefix) that search engines
   * may index, this one among them, when at least one other language has it; else none.
   */
  versionsOf(path: string): readonly PageVersion[];
  /** A path of another language's pages as a link and as an absolute URL: its own prefix, no rule of its own here. */
  hrefIn(tag: string, path: string): string;
  absoluteUrlIn(tag: string, path: string): string;
  /** The other languages with the number of search shards each writes, for the host's cache headers. */
  siblings(): readonly { readonly language: SiteLanguage; readonly searchShards: number }[];
  /** The version of the release a translation was made from (its group's original), when the page at `path` is a release with versions. */
  originalVersionOf(path: string): PageVersion | undefined;
  /** Where `x-default` points among `versionsOf(path)`: the default language's version, else the original's. */
  defaultVersionOf(path: string): PageVersion | undefined;
}
