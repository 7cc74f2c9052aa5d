import { createHash } from "node:crypto";

/**
 * Writes an imported release as front matter + body, and recognises files the importer
 * wrote. The first front-matter line is a YAML comment naming the legacy file and a
 * hash of the rest of the file: a re-import overwrites the file only while both are
 * there and the hash still matches, so an editor's change (or deleting the line)
 * makes the file the editor's, and no import touches it again.
 */
export interface ImportedFields {
  readonly title: string;
  /** YYYY-MM-DD, that day in the site's zone. */
  readonly date: string;
  readonly type: string;
  /** Terms by taxonomy key, in the page's order. */
  readonly terms: ReadonlyMap<string, readonly string[]>;
  readonly sourceUrl?: string | undefined;
  readonly aliases: readonly string[];
  /** Markdown paragraphs. */
  readonly paragraphs: readonly string[];
}

const markerPattern = /^# imported by npm run import from (.*); hash ([0-9a-f]{16})\b.*$/;

/** A YAML scalar that is read back as exactly this text (JSON strings are YAML). */
const quoted = (text: string) => JSON.stringify(text);

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** The text after the marker line, which the marker's hash covers. */
function withoutMarker(text: string): string {
  return text.replace(/^---\n[^\n]*\n/, "---\n");
}

export function releaseText(fields: ImportedFields, legacyFile: string): string {
  const lines = [`title: ${quoted(fields.title)}`, `date: ${fields.date}`, `type: ${fields.type}`];
  for (const [key, terms] of fields.terms) {
    if (terms.length > 0) lines.push(`${key}:`, ...terms.map((t) => `  - ${quoted(t)}`));
  }
  if (fields.sourceUrl) lines.push(`source_url: ${quoted(fields.sourceUrl)}`);
  if (fields.aliases.length > 0) lines.push("aliases:", ...fields.aliases.map((a) => `  - ${quoted(a)}`));
  const body = fields.paragraphs.join("\n\n");
  const rest = `---\n${lines.join("\n")}\n---\n${body}\n`;
  const name = legacyFile.replace(/[\r\n]+/g, " ");
  const marker = `# imported by npm run import from ${name}; hash ${hashOf(rest)}. Edit freely: an edited file is never overwritten by a later import`;
  return rest.replace(/^---\n/, `---\n${marker}\n`);
}

export type Ownership = { by: "importer"; legacyFile: string } | { by: "editor" };

/** Whether a release file is still exactly as the importer wrote it. */
export function ownership(text: string): Ownership {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const marker = /^---\n([^\n]*)\n/.exec(normalised)?.[1];
  const found = marker === undefined ? null : markerPattern.exec(marker);
  if (!found || hashOf(withoutMarker(normalised)) !== found[2]) return { by: "editor" };
  return { by: "importer", legacyFile: found[1]! };
}
