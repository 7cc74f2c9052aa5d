import { xmlForbiddenCharacters, xmlText } from "../xml/escape-xml.ts";

/**
 * Control characters that word processors leave in pasted text (a vertical tab for a
 * soft line break, a stray U+0001). Feeds and sitemaps cannot carry them, so every
 * output drops them (`lib/xml/escape-xml.ts`); the loader drops them from the release too
 * and `npm run check` says where they were.
 */
// A copy without the g flag: test() on a global regex moves its lastIndex.
const forbidden = new RegExp(xmlForbiddenCharacters.source);

export function hasInvisibleCharacters(text: string): boolean {
  return forbidden.test(text);
}

export function withoutInvisibleCharacters(text: string): string {
  return hasInvisibleCharacters(text) ? xmlText(text) : text;
}

export interface InvisibleCharacter {
  /** 1-based line in the text. */
  readonly line: number;
  /** "U+000B (vertical tab)". */
  readonly name: string;
}

/** Every invisible character in `text`, in order, with its line. */
export function findInvisibleCharacters(text: string): InvisibleCharacter[] {
  if (!hasInvisibleCharacters(text)) return [];
  const found: InvisibleCharacter[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(xmlForbiddenCharacters)) {
    for (let i = counted; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    counted = match.index;
    found.push({ line, name: characterName(match[0]) });
  }
  return found;
}

/** The first invisible character of `text` (a parsed value), or undefined. */
export function firstInvisibleCharacter(text: string): string | undefined {
  const match = forbidden.exec(text);
  return match ? characterName(match[0]) : undefined;
}

const names = [
  "null", "start of heading", "start of text", "end of text", "end of transmission", "enquiry", "acknowledge", "bell",
  "backspace", "tab", "line feed", "vertical tab", "form feed", "carriage return", "shift out", "shift in",
  "data link escape", "device control one", "device control two", "device control three", "device control four",
  "negative acknowledge", "synchronous idle", "end of transmission block", "cancel", "end of medium", "substitute",
  "escape", "file separator", "group separator", "record separator", "unit separator",
];

function characterName(character: string): string {
  const code = character.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = names[code] ?? (code >= 0xd800 && code <= 0xdfff ? "half of a broken character pair" : "noncharacter");
  return `${hex} (${name})`;
}
