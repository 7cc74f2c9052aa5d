export interface ExcerptPart {
  readonly text: string;
  /** A matched word, shown in <mark>. */
  readonly marked: boolean;
}

/**
 * Splits a Pagefind excerpt into plain text and matched words so the page can build it
 * from text nodes instead of innerHTML. Pagefind stores page text decoded and escapes
 * only `<` and `>` before wrapping matches in <mark>, so exactly those are undone here.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ""), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text !== "");
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
