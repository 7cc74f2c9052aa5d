/**
 * Reads `_headers` and `_redirects` the way Netlify and Cloudflare Pages do, for the part
 * of their formats the build writes (lib/hosting), so that `npm run serve` and the
 * browser tests serve the site as those hosts would. Anything outside that part is an
 * error naming the line, not a silent difference from the host.
 *
 * Paths are compared as decoded text: /caf%C3%A9 and /café are one path, as they are
 * one file.
 */
import { NewsroomError } from "../errors.ts";

export interface HeaderRule {
  /** The rule's path; `*` matches any run of characters (a splat). */
  readonly path: string;
  /**
   * Headers that earlier matching rules set and this one removes (`! Name`, Cloudflare
   * Pages' detach), before it sets its own. Netlify's parser skips such lines.
   */
  readonly detach?: readonly string[];
  readonly headers: readonly (readonly [name: string, value: string])[];
}

export interface RedirectRule {
  readonly from: string;
  readonly to: string;
  readonly status: number;
}

/** A line of `_headers` or `_redirects` outside the part of the format the build writes. */
export class HostRulesError extends NewsroomError {
  override name = "HostRulesError";
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment line. */
export function parseHeadersFile(text: string, file = "_headers"): HeaderRule[] {
  const rules: { path: string; detach: string[]; headers: [string, string][] }[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const where = `${file}:${i + 1}`;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith("/") || /\s/.test(line)) throw new HostRulesError(`${where}: "${line}" is not a path; a rule starts with a path from the site root`);
      if (/:[A-Za-z]/.test(line) || line.indexOf("*") !== line.lastIndexOf("*")) throw new HostRulesError(`${where}: placeholders and more than one * are not supported here`);
      rules.push({ path: line, detach: [], headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule) throw new HostRulesError(`${where}: a header before any path`);
    if (line.startsWith("!")) {
      const name = line.slice(1).trim();
      if (!/^[A-Za-z0-9-]+$/.test(name)) throw new HostRulesError(`${where}: "${line}" is not "! Name", a header to remove`);
      rule.detach.push(name);
      continue;
    }
    if (colon <= 0) throw new HostRulesError(`${where}: "${line}" is not a "Name: value" header`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  // A rule without `! Name` lines is just its path and headers.
  return rules.map(({ detach, ...rule }) => (detach.length > 0 ? { ...rule, detach } : rule));
}

/** `_redirects`: `from to [status]` per line, exact paths only; `#` starts a comment line. */
export function parseRedirectsFile(text: string, file = "_redirects"): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const where = `${file}:${i + 1}`;
    const [from = "", to = "", status = "301", ...rest] = line.split(/\s+/);
    if (!to || rest.length > 0) throw new HostRulesError(`${where}: "${line}" is not "from to [status]"`);
    if (!from.startsWith("/") || from.includes("*") || /:[A-Za-z]/.test(from)) throw new HostRulesError(`${where}: "${from}" is not an exact path; splats and placeholders are not supported here`);
    if (!redirectStatuses.has(Number(status))) throw new HostRulesError(`${where}: status "${status}" is not a redirect (301, 302, 303, 307, 308)`);
    rules.push({ from, to, status: Number(status) });
  }
  return rules;
}

/**
 * The headers for a request path: every matching rule's, in file order. A header that two
 * rules set is sent once with both values joined by ", ", as both hosts do; a rule's
 * `! Name` first removes what earlier rules set, as Cloudflare Pages' asset server does
 * (`attachCustomHeaders`: each matching rule's removals, then its headers).
 */
export function headersFor(rules: readonly HeaderRule[], requestPath: string): [string, string][] {
  const path = decoded(requestPath);
  const found = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!pattern(rule.path).test(path)) continue;
    for (const name of rule.detach ?? []) found.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = found.get(key);
      found.set(key, earlier ? [earlier[0], `${earlier[1]}, ${value}`] : [name, value]);
    }
  }
  return [...found.values()];
}

/** The first redirect whose path is the request path, with or without a trailing slash (as Netlify matches). */
export function redirectFor(rules: readonly RedirectRule[], requestPath: string): RedirectRule | undefined {
  const path = withoutTrailingSlash(decoded(requestPath));
  return rules.find((rule) => withoutTrailingSlash(decoded(rule.from)) === path);
}

/** Where a redirect sends a request: its target, with the request's query string when the target has none (as Netlify does). */
export function redirectLocation(rule: RedirectRule, query: string): string {
  return query && !rule.to.includes("?") ? `${rule.to}${query.startsWith("?") ? query : `?${query}`}` : rule.to;
}

const patterns = new Map<string, RegExp>();

function pattern(rulePath: string): RegExp {
  let regExp = patterns.get(rulePath);
  if (!regExp) {
    const source = rulePath.split("*").map((part) => decoded(part).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    regExp = new RegExp(`^${source}$`);
    patterns.set(rulePath, regExp);
  }
  return regExp;
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
