/**
 * What an old address (an alias or a site.json redirect) may look like. A static host
 * serves files by path, so only a path can redirect: a query string or fragment never
 * reaches the file, and `..` would climb out of the site folder.
 */
const forbidden = /[\s?#%\\"<>`{}|^*:]/;

/** Why `path` cannot be an old address, or undefined when it can. */
export function redirectPathProblem(path: string): string | undefined {
  if (!path.startsWith("/")) return `"${path}" must be a path from the site root, starting with /, e.g. /media-press/newsroom/news/old-title`;
  if (path.startsWith("//")) return `"${path}" starts with //, which browsers read as another host; write one /`;
  const bad = forbidden.exec(path)?.[0];
  if (bad === "?" || bad === "#") {
    return `"${path}" has a ${bad === "?" ? "query string (?…)" : "fragment (#…)"}, which a static host never sees; write the path alone`;
  }
  if (bad === "*" || bad === ":") {
    return `"${path}" contains "${bad}", which redirect rules read as a pattern, not a letter; write the path without it`;
  }
  if (bad !== undefined) {
    const name = /\s/.test(bad) ? "a space" : `"${bad}"`;
    return `"${path}" contains ${name}; write the path as readers type it, without ${name} (non-ASCII letters are fine, percent-escapes are not)`;
  }
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return `"${path}" has a . or .. segment; write the path as it resolves`;
  if (normaliseRedirectPath(path) === "/") return `the site root "/" cannot redirect; it is the home page`;
  return undefined;
}

/** An alias is a page's old address however it was written: without a trailing slash. */
export function normaliseRedirectPath(path: string): string {
  const trimmed = path.replace(/\/+/g, "/").replace(/\/$/, "");
  return trimmed === "" ? "/" : trimmed;
}
