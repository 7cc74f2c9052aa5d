/**
 * A plain-text paragraph as Markdown that renders as that paragraph. Each imported
 * paragraph is one line, so only its start can make it something else: a heading
 * ("# 1 in the region"), a list ("- 5 arrests", "2016. A year…"), a quote, a rule, a
 * code fence or a link definition. Those starts are escaped with a backslash; the rest
 * of the text (quotes, emphasis, links the old CMS wrote) is kept as written.
 */
const blockStarts: readonly RegExp[] = [
  /^#{1,6}(?=\s|$)/, // heading
  /^>/, // block quote
  /^[-+*](?=\s|$)/, // bullet list
  /^(?:[-*_][ \t]*){3,}$/, // thematic break
  /^(?:`{3,}|~{3,})/, // code fence
  /^\[[^\]]*\]:/, // link reference definition
  /^=+$/, // setext underline (a line of its own)
];

export function markdownParagraph(text: string, escapeHtml = false): string {
  let line = text.trim().replace(/\s+/g, " ");
  // "2016. A record year" and "1) First" would start an ordered list.
  line = line.replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
  if (blockStarts.some((start) => start.test(line))) line = `\\${line}`;
  // With markdown.allowHtml, "<" in legacy text would be read as raw HTML.
  if (escapeHtml) line = line.replace(/</g, "\\<");
  return line;
}
