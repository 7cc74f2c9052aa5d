/**
 * The line of one term in a release file, for warnings found across all releases (a
 * near-duplicate term), after the loader has let go of each file's front matter. Reads
 * the front matter again the way parse-release.ts does; only the files warned about are
 * read.
 */
import yaml from "js-yaml";
import { decodeReleaseFile } from "./decode-file.ts";
import { lineOfKey } from "./front-matter-lines.ts";
import { withoutInvisibleCharacters } from "./invisible-characters.ts";

/** Front matter from line 2 (after the opening ---) to the closing ---. */
const frontMatterBlock = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * The 1-based line of the list item under `key` that reads `spelling` (as the loader
 * cleans it), the line of `key` when the item is not found, or undefined.
 */
export function lineOfTerm(source: Uint8Array | string, key: string, spelling: string): number | undefined {
  const decoded = typeof source === "string" ? { ok: true as const, text: source.replace(/\r\n?/g, "\n") } : decodeReleaseFile(source);
  if (!decoded.ok) return undefined;
  // Deleting characters keeps every line where it was.
  const raw = frontMatterBlock.exec(withoutInvisibleCharacters(decoded.text))?.[1];
  if (raw === undefined) return undefined;
  let list: unknown;
  try {
    list = (yaml.load(raw, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> | null)?.[key];
  } catch {
    return lineOfKey(raw, key);
  }
  const index = Array.isArray(list)
    ? list.findIndex((item) => typeof item === "string" && withoutInvisibleCharacters(item).trim().replace(/\s+/g, " ") === spelling)
    : -1;
  return lineOfKey(raw, key, index < 0 ? undefined : index);
}
