/**
 * One moved address: a release's old path (`aliases:` in its front matter) or a retired
 * page (`redirects` in site.json). Paths are site-root paths without the path prefix;
 * `to` may instead be an absolute http(s) URL for a page that moved to another site.
 */
export interface Redirect {
  /** The old path, e.g. /media-press/newsroom/news/some-old-title. */
  readonly from: string;
  /** A site-root path (/news/2015/09/some-title/) or an absolute http(s) URL. */
  readonly to: string;
  /** Where it was declared, for error messages: a release file or site.json. */
  readonly source: string;
}
