/**
 * The text shape an old newsroom CMS exports, one page per file (issue #11): a headline,
 * a date, a type label written as a link, body paragraphs, chip groups ("CRIME AREAS
 * [Drug trafficking](#) • …", possibly wrapped over lines) and a "Source URL: <…>" line.
 * This module only reads that shape into a typed record, with the line of each part;
 * what the parts mean for a site is decided in map-legacy-page.ts.
 */

/** One part of a page and the 1-based line it starts on. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

export interface ChipGroup {
  /** The heading as written, e.g. "CRIME AREAS". */
  readonly heading: string;
  readonly terms: readonly string[];
  readonly line: number;
}

export interface LegacyPage {
  /** Lines of a wrapped headline joined with one space. */
  readonly headline?: Located<string>;
  /** The date line as written ("3 Mar 2016"); read by legacy-date.ts. */
  readonly date?: Located<string>;
  /** The link text of the type label, e.g. "Press Release". */
  readonly typeLabel?: Located<string>;
  /** Body paragraphs, each one line (wrapped lines joined). */
  readonly paragraphs: readonly Located<string>[];
  readonly chipGroups: readonly ChipGroup[];
  readonly sourceUrl?: Located<string>;
}

const chip = String.raw`\[([^\]]*)\]\([^)]*\)`;
const chipsOnly = new RegExp(String.raw`^•?\s*(?:${chip}\s*•?\s*)+$`, "u");
const chipEach = new RegExp(chip, "gu");
/** A heading before the first chip: no brackets or bullets, no lower-case letters. */
const headedChips = /^([^[\]•]*\p{L}[^[\]•]*?)\s+(\[.*)$/u;
const sourceLine = /^source\s+url\s*:\s*<?\s*([^<>\s]*)\s*>?\s*$/iu;
const weekday = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?`;
/** Date-like lines; whether the date is real is decided when it is read. */
const dateLike = new RegExp(
  String.raw`^${weekday}(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2})$`,
  "iu",
);

const isUpperHeading = (text: string) => /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
const chipsOf = (text: string) => [...text.matchAll(chipEach)].map((m) => (m[1] ?? "").trim().replace(/\s+/g, " ")).filter(Boolean);

/** Reads one exported page. Never throws: missing parts are simply absent. */
export function parseLegacyPage(source: string): LegacyPage {
  const lines = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim());
  const chipGroups: { heading: string; terms: string[]; line: number }[] = [];
  let sourceUrl: Located<string> | undefined;
  /** Lines that are neither chips nor the source line, grouped into blank-separated blocks. */
  const blocks: { lines: string[]; line: number }[] = [];
  let block: { lines: string[]; line: number } | undefined;
  let group: { heading: string; terms: string[]; line: number } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const line = i + 1;
    const source = sourceLine.exec(text);
    const headed = headedChips.exec(text);
    const next = lines[i + 1] ?? "";
    if (source) {
      sourceUrl = { value: source[1] ?? "", line };
      group = undefined;
      block = undefined;
    } else if (headed && isUpperHeading(headed[1]!) && chipsOnly.test(headed[2]!)) {
      group = { heading: headed[1]!.replace(/\s+/g, " "), terms: chipsOf(headed[2]!), line };
      chipGroups.push(group);
      block = undefined;
    } else if (group && chipsOnly.test(text)) {
      // A chip list wrapped onto the next line.
      group.terms.push(...chipsOf(text));
    } else if (!block && isUpperHeading(text) && !text.includes("[") && chipsOnly.test(next) && blocks.length > 1) {
      // A heading on a line of its own, its chips below it.
      group = { heading: text.replace(/\s+/g, " "), terms: [], line };
      chipGroups.push(group);
    } else if (text === "") {
      block = undefined;
      if (!chipsOnly.test(next)) group = undefined;
    } else {
      group = undefined;
      if (!block) blocks.push((block = { lines: [], line }));
      block.lines.push(text);
    }
  }

  const joined = (b: { lines: string[]; line: number }): Located<string> => ({ value: b.lines.join(" ").replace(/\s+/g, " "), line: b.line });
  const isDate = (b: { lines: string[] }) => b.lines.length === 1 && dateLike.test(b.lines[0]!);
  const typeOf = (b: { lines: string[] }) => (b.lines.length === 1 && /^\[[^\]]*\]\([^)]*\)$/.test(b.lines[0]!) ? chipsOf(b.lines[0]!)[0] : undefined);

  let rest = blocks;
  let headline: Located<string> | undefined;
  const first = rest[0];
  if (first && !isDate(first) && typeOf(first) === undefined) {
    headline = joined(first);
    rest = rest.slice(1);
  }
  // The date and the type label come before the body, in either order.
  let date: Located<string> | undefined;
  let typeLabel: Located<string> | undefined;
  while (rest[0]) {
    const b = rest[0];
    const label = typeOf(b);
    if (!date && isDate(b)) date = { value: b.lines[0]!, line: b.line };
    else if (!typeLabel && label !== undefined) typeLabel = { value: label, line: b.line };
    else break;
    rest = rest.slice(1);
  }
  return {
    ...(headline && { headline }),
    ...(date && { date }),
    ...(typeLabel && { typeLabel }),
    paragraphs: rest.map(joined),
    chipGroups,
    ...(sourceUrl && { sourceUrl }),
  };
}
