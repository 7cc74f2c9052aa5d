/**
 * The first image of a rendered release body, for the social card and NewsArticle
 * `image`: the release's own picture beats the site's generic card. Markdown images
 * render as `<img src="…" alt="…">` with double-quoted, entity-escaped attributes,
 * which is what this reads.
 */
const firstImageTag = /<img\s[^>]*?\bsrc\s*=\s*"([^"]+)"[^>]*>/i;

/** The first image's src as an absolute http(s) URL. */
export function firstImageUrl(bodyHtml: string, pageUrl: string): string | undefined {
  const src = firstImageTag.exec(bodyHtml)?.[1];
  if (!src) return undefined;
  try {
    const url = new URL(decodeEntities(src), pageUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The same image's alt text, decoded, for og:image:alt; undefined when it has none. */
export function firstImageAlt(bodyHtml: string): string | undefined {
  const tag = firstImageTag.exec(bodyHtml)?.[0];
  const alt = tag && /\salt\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
  return alt ? decodeEntities(alt) : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
