/**
 * Every old address of the site, from releases' `aliases:` and site.json's `redirects`,
 * and the problems that make one impossible: two old addresses alike, or an old address
 * that is also a page the site writes (the redirect would hide the page, or the page the
 * redirect). Both sources are named so the editor can choose which to change.
 */
import type { SiteConfig } from "../config/site-config.ts";
import type { ContentProblem } from "../errors.ts";
import type { Release } from "../model/release.ts";
import type { Redirect } from "./redirect.ts";
import { normaliseRedirectPath } from "./redirect-paths.ts";

/** The site.json redirects and every release's aliases, in that order. */
export function declaredRedirects(releases: readonly Release[], config: Pick<SiteConfig, "redirects">, siteFile: string): Redirect[] {
  return [
    ...config.redirects.map((r) => ({ from: normaliseRedirectPath(r.from), to: r.to, source: siteFile })),
    ...releases.flatMap((release) => release.aliases.map((from) => ({ from, to: release.url, source: release.sourcePath }))),
  ];
}

/**
 * `pages` maps each written page's path (any trailing slash) to what writes it: a release
 * file, or a description such as "the /news/ list".
 */
export function redirectProblems(redirects: readonly Redirect[], pages: ReadonlyMap<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pageAt = new Map<string, string>();
  for (const [path, source] of pages) pageAt.set(normaliseRedirectPath(path), source);
  const seen = new Map<string, Redirect>();
  for (const redirect of redirects) {
    const field = redirect.source.endsWith(".json") ? "redirects" : "aliases";
    const page = pageAt.get(redirect.from);
    const earlier = seen.get(redirect.from);
    if (page !== undefined) {
      const own = page === redirect.source;
      problems.push({
        file: redirect.source,
        field,
        message: own
          ? `${redirect.from} is this release's own address; remove it from aliases`
          : `${redirect.from} is also a page of the site (${page}); a path cannot be both a page and a redirect, so remove one of them`,
        severity: "error",
      });
    } else if (earlier) {
      problems.push({
        file: redirect.source,
        field,
        message: earlier.to === redirect.to && earlier.source === redirect.source
          ? `${redirect.from} is listed twice; remove one`
          : `${redirect.from} already redirects to ${earlier.to} (declared in ${earlier.source}); an old address can lead to one place only, so remove one of them`,
        severity: "error",
      });
    } else {
      seen.set(redirect.from, redirect);
    }
    if (!/^https?:/.test(redirect.to) && !pageAt.has(normaliseRedirectPath(redirect.to.replace(/[?#].*$/, "")))) {
      problems.push({
        file: redirect.source,
        field,
        message: `${redirect.from} redirects to ${redirect.to}, which is not a page of this site; correct the target`,
        severity: "warning",
      });
    }
  }
  return problems;
}
