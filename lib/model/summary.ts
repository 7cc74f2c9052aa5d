import type { MarkdownIt } from "markdown-it";

const MAX = 300;

/**
 * A summary from the first paragraph of the body: plain text, cut at a word
 * boundary at about 300 characters. Only the lead paragraph is parsed, not the whole
 * body, because this runs for every release on every build.
 */
export function deriveSummary(body: string, md: MarkdownIt): string {
  const paragraph = firstParagraph(body);
  if (!paragraph) return "";
  const plain = inlineText(paragraph, md).replace(/\s+/g, " ").trim();
  return cutAtWord(plain, MAX);
}

function firstParagraph(body: string): string | undefined {
  let inFence = false;
  for (const block of body.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (/^(```|~~~)/.test(trimmed)) {
      const fences = trimmed.match(/^(```|~~~)/gm)?.length ?? 0;
      if (fences % 2 === 1) inFence = !inFence;
      continue;
    }
    if (inFence || trimmed === "") continue;
    // Headings, lists, quotes, tables, HTML and rules are not a lead paragraph.
    if (/^(#|[-*+]\s|\d+[.)]\s|>|\||<|---|\*\*\*|___|!\[)/.test(trimmed)) continue;
    return trimmed;
  }
  return undefined;
}

function inlineText(markdown: string, md: MarkdownIt): string {
  const tokens = md.parseInline(markdown, {});
  let out = "";
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") out += child.content;
      else if (child.type === "softbreak" || child.type === "hardbreak") out += " ";
      else if (child.type === "image") out += child.content;
    }
  }
  return out;
}

export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const lastSpace = slice.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? slice.slice(0, lastSpace) : slice).replace(/[\s,;:.\-–—]+$/, "")}…`;
}
