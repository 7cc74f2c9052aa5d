import type { SiteConfig } from "../config/site-config.ts";
import type { Redirect } from "../redirects/redirect.ts";
import { href, redirectTargetHref } from "../urls/site-urls.ts";

/**
 * The old addresses as an nginx `map` from `$uri` to the target, for the server block in
 * docs/nginx.conf.example (`if ($newsroom_redirect) { return 301 …; }`). nginx reads it
 * when it loads its configuration, so reload nginx after each build.
 *
 * `$uri` is the decoded, normalised path (/nieuws/café, never /nieuws/caf%C3%A9), so the
 * keys are written decoded, with and without a trailing slash, as Netlify matches. A
 * target is written as a browser would request it; a `$` in it is encoded, since nginx
 * reads `$` in a map value as a variable.
 */
export function renderNginxRedirectMap(config: Pick<SiteConfig, "pathPrefix">, redirects: readonly Redirect[]): string {
  const entries = redirects
    .flatMap((redirect) => {
      const from = href(config, redirect.from).replace(/\/$/, "");
      const to = redirectTargetHref(config, redirect.to).replace(/\$/g, "%24");
      return [`    ${quoted(from)} ${quoted(to)};`, `    ${quoted(`${from}/`)} ${quoted(to)};`];
    })
    .sort(compareCodeUnits);
  return [
    "# Written by `npm run build` from release aliases and site.json redirects; edit those, not this file.",
    "# Include it in nginx's http block and reload nginx after every build (docs/nginx.conf.example).",
    "map $uri $newsroom_redirect {",
    '    default "";',
    ...entries,
    "}",
    "",
  ].join("\n");
}

/** An nginx string: the paths hold no quote or backslash (lib/redirects/redirect-paths.ts), but escape them all the same. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
