/**
 * Text and attribute values for XML documents (sitemaps, feeds). Characters XML 1.0
 * forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped: an
 * editor's stray control character must not make a whole sitemap or feed unparseable.
 */
export const xmlForbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** The one rule for text in XML: characters XML 1.0 cannot carry are dropped. */
export function xmlText(text: string): string {
  return text.replace(xmlForbiddenCharacters, "");
}

export function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => entities[c]!);
}
