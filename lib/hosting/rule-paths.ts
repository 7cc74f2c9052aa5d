import type { SiteConfig } from "../config/site-config.ts";
import { encodedPath, href } from "../urls/site-urls.ts";

/**
 * A site path as a line of `_headers` or `_redirects` names it: with the path prefix,
 * percent-encoded as a browser sends it, and with the characters both hosts read as
 * patterns (`*` a splat, `:name` a placeholder) encoded too, so that it matches only itself.
 */
export function rulePath(config: Pick<SiteConfig, "pathPrefix">, path: string): string {
  return encodedPath(href(config, path)).replace(/\*/g, "%2A").replace(/:/g, "%3A");
}

/** Every path in the folder `folder` (a path ending in /): the folder's rule path and a splat. */
export function folderRule(config: Pick<SiteConfig, "pathPrefix">, folder: string): string {
  return `${rulePath(config, folder)}*`;
}
