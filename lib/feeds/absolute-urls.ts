/**
 * Feed readers show an entry away from its page, so a relative link or image in a
 * release body ("../09/other-release/", "chart.png", "#details") must become absolute
 * against the release's own URL: what a browser on the release page would resolve it to.
 * Works on the rendered body (memoised per build) so feeds never render Markdown again.
 */
const tagPattern = /<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const attributePattern = /(\s+)([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const urlAttributes = new Set(["href", "src", "poster", "cite"]);
const hasScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

export function absolutizeHtml(bodyHtml: string, pageUrl: string): string {
  const base = new URL(pageUrl);
  return bodyHtml.replace(tagPattern, (tag) =>
    tag.replace(attributePattern, (whole: string, space: string, name: string, dq?: string, sq?: string, bare?: string) => {
      const raw = dq ?? sq ?? bare;
      if (raw === undefined) return whole;
      const attribute = name.toLowerCase();
      if (urlAttributes.has(attribute)) {
        const resolved = resolve(decodeEntities(raw), base);
        return resolved === undefined ? whole : `${space}${name}="${escapeAttribute(resolved)}"`;
      }
      if (attribute === "srcset") return `${space}${name}="${escapeAttribute(resolveSrcset(decodeEntities(raw), base))}"`;
      return whole;
    }),
  );
}

/** undefined when the URL is already absolute (or empty) and the attribute stays as written. */
function resolve(url: string, base: URL): string | undefined {
  const trimmed = url.trim();
  if (trimmed === "" || hasScheme.test(trimmed)) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/**
 * "a.png 1x, b.png 2x": each candidate's URL resolved, descriptors kept. Follows the
 * HTML srcset parsing steps: a URL runs to the next whitespace (trailing commas end
 * the candidate), descriptors run to the next comma, so URLs with commas survive.
 */
function resolveSrcset(srcset: string, base: URL): string {
  const candidates: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, "");
    if (rest === "") break;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    const bareUrl = url.replace(/,+$/, "");
    let descriptors = "";
    if (bareUrl === url) {
      const end = rest.indexOf(",");
      descriptors = (end === -1 ? rest : rest.slice(0, end)).trim();
      rest = end === -1 ? "" : rest.slice(end + 1);
    }
    const resolved = resolve(bareUrl, base) ?? bareUrl;
    candidates.push(descriptors ? `${resolved} ${descriptors}` : resolved);
  }
  return candidates.join(", ");
}

const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|quot|apos|lt|gt));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return named[name]!;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
