/**
 * Finds the line of a front-matter key (and of the n-th item of its list) in the raw
 * file, so problems read `file.md:7: date: …`. Front matter starts on line 2, after
 * the opening `---`.
 */
export function lineOfKey(frontMatter: string, key: string, itemIndex?: number): number | undefined {
  const lines = frontMatter.split("\n");
  const keyPattern = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`);
  const at = lines.findIndex((line) => keyPattern.test(line));
  if (at < 0) return undefined;
  if (itemIndex !== undefined) {
    let seen = -1;
    for (let i = at + 1; i < lines.length; i++) {
      const line = lines[i] ?? "";
      // The next key ends the list; YAML lets list items start in column 0 ("- Fraud").
      if (/^[^\s-]/.test(line)) break;
      if (/^\s*-(\s|$)/.test(line) && ++seen === itemIndex) return i + 2;
    }
  }
  return at + 2;
}

/**
 * The top-level key whose entry holds file line `line` (its own line, a list item or a
 * continued value below it), or undefined before the first key.
 */
export function keyAtLine(frontMatter: string, line: number): string | undefined {
  const lines = frontMatter.split("\n");
  for (let i = Math.min(line - 2, lines.length - 1); i >= 0; i--) {
    const key = /^([^\s#:-][^:]*?)\s*:(\s|$)/.exec(lines[i] ?? "")?.[1];
    if (key !== undefined) return key.replace(/^["']|["']$/g, "");
  }
  return undefined;
}

/**
 * The line of `nested:` inside the entry of `key` (or inside its n-th list item), e.g. the
 * `date:` of `withdrawn:` or of the second change; the entry's own line when not found.
 */
export function lineOfNestedKey(frontMatter: string, key: string, nested: string, itemIndex?: number): number | undefined {
  const start = lineOfKey(frontMatter, key, itemIndex);
  if (start === undefined) return undefined;
  const lines = frontMatter.split("\n");
  const nestedPattern = new RegExp(`^\\s*(?:-\\s+)?${nested.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`);
  // A list item's first key shares its line ("- date: …"); a mapping's keys start below it.
  const first = itemIndex === undefined ? start - 1 : start - 2;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const nextEntry = /^[^\s-]/.test(line) || /^-(\s|$)/.test(line);
    const nextItem = itemIndex !== undefined && i > first && /^\s*-(\s|$)/.test(line);
    if (i > first && (nextEntry || nextItem)) break;
    if (nestedPattern.test(line)) return i + 2;
  }
  return start;
}
