import yaml from "js-yaml";

/**
 * How the CMS reads and writes a release file (registered as a Decap custom format by
 * admin-app.ts). Pure, so it is unit-tested in Node.
 *
 * Decap's own front-matter format rewrites the whole block on every save: keys in form
 * order, comments dropped, its own quoting. An edit of one field would then rewrite the
 * lines of every other, and the hints `npm run new` leaves as comments would vanish. So
 * reading keeps the file as it was (under `sourceKey`, a key Decap carries along like any
 * front-matter key it has no field for), and writing keeps every line whose value the
 * editor did not change: the diff of a save is the edit. A key switched on in the form
 * takes the place of its commented hint (`# summary: …`), or follows the key before it in
 * form order. YAML is read and written with the core schema, as the build reads it
 * (lib/content/parse-release.ts), so a date stays the text it was.
 */

/**
 * Keys of an entry's data that are the CMS's own and never written to a file. A taxonomy
 * key starts with a letter (lib/config/site-config.ts), so none can begin like this.
 */
export const helperKeyPrefix = "_newsroom_";
/** The file as it was read. */
export const sourceKey = `${helperKeyPrefix}source`;

/** The order of the form's fields, with the sub-fields of objects and lists of objects. */
export interface FieldOrder {
  readonly name: string;
  readonly fields?: readonly string[];
}

interface ReleaseSource {
  /** The front matter between the delimiter lines, with "\n" line endings. */
  readonly frontMatter: string;
  /** Everything after the closing delimiter line, with "\n" line endings. */
  readonly body: string;
  readonly opening: string;
  readonly closing: string;
  readonly crlf: boolean;
  readonly bom: boolean;
}

type Data = Record<string, unknown>;

const yamlOptions = { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' } as const;

export function readReleaseFile(text: string): Data {
  const bom = text.startsWith("\uFEFF");
  const crlf = text.includes("\r\n");
  const plain = (bom ? text.slice(1) : text).replace(/\r\n/g, "\n");
  const match = /^(---[ \t]*)\n((?:.*\n)*?)(---|\.\.\.)[ \t]*(?:\n|$)/.exec(plain);
  const source: ReleaseSource = match
    ? { frontMatter: match[2]!, body: plain.slice(match[0].length), opening: match[1]!, closing: match[3]!, crlf, bom }
    : { frontMatter: "", body: plain, opening: "---", closing: "---", crlf, bom };
  const data = yaml.load(source.frontMatter, { schema: yaml.CORE_SCHEMA }) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error("The front matter is not a set of key: value lines; correct the file in a text editor (npm run check says where).");
  }
  return { ...(data as Data), body: source.body, [sourceKey]: source };
}

export function writeReleaseFile(data: Data, order: readonly FieldOrder[]): string {
  const source = sourceOf(data[sourceKey]);
  const values: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (key !== "body" && !key.startsWith(helperKeyPrefix)) values[key] = value;
  }
  const lines = source ? editedLines(source, values, order) : newLines(values, order);
  const body = typeof data["body"] === "string" ? data["body"] : "";
  const bodyText = source && body === source.body ? body : body === "" || body.endsWith("\n") ? body : `${body}\n`;
  const text = [source?.opening ?? "---", ...lines, source?.closing ?? "---", ""].join("\n") + bodyText;
  return (source?.bom ? "\uFEFF" : "") + (source?.crlf ? text.replace(/\n/g, "\r\n") : text);
}

/** A new file: every filled-in key in form order, then any others Decap carried. */
function newLines(values: Data, order: readonly FieldOrder[]): string[] {
  const known = order.map((field) => field.name);
  const keys = [...known.filter((key) => key in values), ...Object.keys(values).filter((key) => !known.includes(key))];
  return keys.flatMap((key) => {
    const value = cleaned(values[key], order.find((field) => field.name === key));
    return value === undefined ? [] : dumped(key, value);
  });
}

interface Segment {
  /** The key whose entry these lines are; a commented hint of a key; or neither. */
  readonly kind: "key" | "hint" | "other";
  readonly key?: string;
  lines: string[];
}

/** An existing file: unchanged keys keep their lines, changed ones are written anew. */
function editedLines(source: ReleaseSource, values: Data, order: readonly FieldOrder[]): string[] {
  const old = (yaml.load(source.frontMatter, { schema: yaml.CORE_SCHEMA }) ?? {}) as Data;
  const known = order.map((field) => field.name);
  const placed = new Set<string>();
  const out: Segment[] = [];
  for (const segment of segments(source.frontMatter)) {
    const key = segment.key;
    if (segment.kind === "key" && key !== undefined) {
      placed.add(key);
      if (!(key in values) || same(values[key], old[key])) {
        out.push(segment);
        continue;
      }
      const value = cleaned(values[key], order.find((field) => field.name === key));
      // Emptied in the form: the key goes (an empty value is an error for most keys).
      if (value === undefined) {
        if (cleaned(old[key], undefined) === undefined) out.push(segment);
        continue;
      }
      out.push({ kind: "key", key, lines: dumped(key, value) });
    } else if (segment.kind === "hint" && key !== undefined && !(key in old) && !placed.has(key) && known.includes(key)) {
      const value = cleaned(values[key], order.find((field) => field.name === key));
      if (value === undefined) {
        out.push(segment);
        continue;
      }
      placed.add(key);
      out.push({ kind: "key", key, lines: dumped(key, value) });
    } else {
      out.push(segment);
    }
  }
  const added = [...known, ...Object.keys(values).filter((key) => !known.includes(key))].filter((key) => key in values && !(key in old) && !placed.has(key));
  for (const key of added) {
    const value = cleaned(values[key], order.find((field) => field.name === key));
    if (value === undefined) continue;
    out.splice(insertionPoint(out, key, known), 0, { kind: "key", key, lines: dumped(key, value) });
  }
  return out.flatMap((segment) => segment.lines);
}

/** After the entry of the nearest key before `key` in form order; else before the first after it. */
function insertionPoint(out: readonly Segment[], key: string, known: readonly string[]): number {
  const rank = known.indexOf(key);
  if (rank < 0) return out.length;
  let after = -1;
  let afterRank = -1;
  let before = -1;
  out.forEach((segment, i) => {
    if (segment.kind !== "key" || segment.key === undefined) return;
    const r = known.indexOf(segment.key);
    if (r >= 0 && r < rank && r > afterRank) {
      after = i;
      afterRank = r;
    }
    if (r > rank && before < 0) before = i;
  });
  if (after >= 0) return after + 1;
  return before >= 0 ? before : out.length;
}

const topLevelKey = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"-][^:#]*?|-[^\s:#][^:#]*?))\s*:(?:\s|$)/;
const hintLine = /^#\s?([a-z][a-z0-9_]*):(?:\s|$)/;
/** A commented line inside a hint: indented after the #, as `npm run new` writes `#   - date: …`. */
const hintContinuation = /^#\s{2,}\S/;

/** The front matter cut into one segment per top-level key, commented hint, or other lines. */
function segments(frontMatter: string): Segment[] {
  const lines = frontMatter.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const result: Segment[] = [];
  let current: Segment | undefined;
  const start = (segment: Segment) => {
    result.push(segment);
    current = segment;
  };
  lines.forEach((line, i) => {
    const key = topLevelKey.exec(line);
    if (key) return start({ kind: "key", key: key[1] ?? key[2]?.replace(/''/g, "'") ?? key[3]!, lines: [line] });
    const hint = hintLine.exec(line);
    if (hint) return start({ kind: "hint", key: hint[1]!, lines: [line] });
    if (current?.kind === "hint" && hintContinuation.test(line)) return void current.lines.push(line);
    // A key's value goes on in indented lines and list items (and blank lines inside a block scalar).
    const continues = /^[ \t]/.test(line) || /^-(\s|$)/.test(line) || (line.trim() === "" && /^[ \t]+\S/.test(nextLine(lines, i)));
    if (current?.kind === "key" && continues) return void current.lines.push(line);
    start({ kind: "other", lines: [line] });
  });
  return result;
}

function nextLine(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim() !== "") return lines[j]!;
  return "";
}

function dumped(key: string, value: unknown): string[] {
  return yaml.dump({ [key]: value }, yamlOptions).replace(/\n$/, "").split("\n");
}

/**
 * The value as it should be written, or undefined when nothing is left: Decap keeps a
 * field it showed as "" or null, and an empty entry in a list, where the build wants no
 * key at all ("summary: is empty; write a summary or remove the key"). Objects are written
 * in the form's order of their fields.
 */
function cleaned(value: unknown, field: FieldOrder | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => cleaned(item, field)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Data);
    const names = field?.fields ?? [];
    entries.sort(([a], [b]) => rankIn(names, a) - rankIn(names, b));
    const kept = entries.flatMap(([key, inner]) => {
      const clean = cleaned(inner, undefined);
      return clean === undefined ? [] : [[key, clean] as const];
    });
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  }
  return value;
}

function rankIn(names: readonly string[], name: string): number {
  const at = names.indexOf(name);
  return at < 0 ? names.length : at;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length && keysA.every((key) => same((a as Data)[key], (b as Data)[key]));
  }
  return false;
}

function sourceOf(value: unknown): ReleaseSource | undefined {
  if (!value || typeof value !== "object") return undefined;
  const source = value as Partial<ReleaseSource>;
  return typeof source.frontMatter === "string" && typeof source.body === "string" ? (source as ReleaseSource) : undefined;
}
