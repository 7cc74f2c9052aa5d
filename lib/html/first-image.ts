/**
 * The first image of a rendered release body as an absolute http(s) URL, for the
 * social card and NewsArticle `image`: the release's own picture beats the site's
 * generic card. Markdown images render as `<img src="…" alt="…">` with a double-quoted,
 * entity-escaped src, which is what this reads.
 */
export function firstImageUrl(bodyHtml: string, pageUrl: string): string | undefined {
  const match = /<img\s[^>]*?\bsrc\s*=\s*"([^"]+)"/i.exec(bodyHtml);
  if (!match?.[1]) return undefined;
  const src = match[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  try {
    const url = new URL(src, pageUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
