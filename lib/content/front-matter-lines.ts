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
      if (/^\S/.test(line)) break;
      if (/^\s*-(\s|$)/.test(line) && ++seen === itemIndex) return i + 2;
    }
  }
  return at + 2;
}
