/**
 * Spreads a generated corpus over the sample's three languages (issue #14), for
 * `npm run bench -- --languages`: of every five releases, in date order of their files,
 * one becomes the French translation of the English release before it and one an Arabic
 * release of its own; the rest stay English. The words stay the generator's English ones:
 * what is measured is the cost of three models, three folders of pages and three search
 * indexes, not the languages' texts. The sample's site.json already lists the languages.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface LanguageSpread {
  readonly english: number;
  readonly french: number;
  readonly arabic: number;
}

export function spreadOverLanguages(releasesDir: string): LanguageSpread {
  const files = readdirSync(releasesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const spread = { english: 0, french: 0, arabic: 0 };
  files.forEach((file, i) => {
    const lines = (() => {
      if (i % 5 === 1) return `lang: fr\ntranslation_of: ${path.relative(releasesDir, files[i - 1]!).split(path.sep).join("/")}\n`;
      if (i % 5 === 3) return "lang: ar\n";
      return "";
    })();
    if (lines === "") {
      spread.english++;
      return;
    }
    if (lines.includes("fr")) spread.french++;
    else spread.arabic++;
    writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, `---\n${lines}`));
  });
  return spread;
}
