import type { SiteConfig } from "../config/site-config.ts";
import type { Redirect } from "../redirects/redirect.ts";
import { redirectTargetHref } from "../urls/site-urls.ts";
import { rulePath } from "./rule-paths.ts";

/**
 * `_redirects` as Netlify and Cloudflare Pages read it: one `from to 301` line per old
 * address, both with the path prefix and percent-encoded as a browser sends them, sorted
 * by old address so that the same site gives the same file.
 *
 * A plain 301, not Netlify's forcing `301!`, which Cloudflare refuses. So on Netlify the
 * redirect page written at the old path answers (a file there shadows a rule), while
 * Cloudflare and `npm run serve` answer with the 301 itself (docs/deployment.md). An old
 * address holding `*` or `:` is written encoded (rule-paths.ts): its line then matches
 * nothing rather than a whole folder, and its redirect page still does the work.
 */
export function renderRedirectsFile(config: Pick<SiteConfig, "pathPrefix">, redirects: readonly Redirect[]): string {
  const lines = redirects
    .map((redirect) => `${rulePath(config, redirect.from)} ${redirectTargetHref(config, redirect.to)} 301`)
    .sort(compareCodeUnits);
  return ["# Written by `npm run build` from release aliases and site.json redirects; edit those, not this file.", ...lines, ""].join("\n");
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
