import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import type { Release } from "../model/release.ts";
import { closest } from "../model/suggest.ts";

/**
 * Which releases are translations of which (issue #14). A translation names its original
 * by file (`translation_of: 2026/2026-03-12-annual-report.md`, relative to
 * content/releases/); the original and its translations form one group, keyed by the
 * original's file. A group holds one release per language.
 */
export class TranslationIndex {
  private readonly groups = new Map<string, Release[]>();
  private readonly keys = new Map<Release, string>();
  readonly problems: ContentProblem[] = [];

  /**
   * `releasesDir` is the releases folder as release source paths spell it (relative to
   * the same root), e.g. content/releases.
   */
  constructor(releases: readonly Release[], releasesDir: string) {
    const prefix = `${releasesDir.split(path.sep).join("/").replace(/\/$/, "")}/`;
    const ownFile = (release: Release) => (release.sourcePath.startsWith(prefix) ? release.sourcePath.slice(prefix.length) : release.sourcePath);
    const byFile = new Map(releases.map((release) => [ownFile(release), release]));
    const files = [...byFile.keys()];
    for (const release of releases) {
      let key = ownFile(release);
      if (release.translationOf !== undefined) {
        const named = normalise(release.translationOf, prefix);
        const original = byFile.get(named);
        if (!original) {
          const near = closest(named, files);
          this.problem(release, `"${release.translationOf}" is not a release file (a path under content/releases/, e.g. 2026/2026-03-12-annual-report.md)${near ? `; did you mean "${near}"?` : ""}`);
          continue;
        }
        if (original === release) {
          this.problem(release, "names the release itself; name the original it translates, or remove translation_of");
          continue;
        }
        if (original.translationOf !== undefined) {
          this.problem(release, `"${release.translationOf}" is itself a translation (of ${original.translationOf}); name the original, ${normalise(original.translationOf, prefix)}`);
          continue;
        }
        key = named;
      }
      const group = this.groups.get(key) ?? [];
      const same = group.find((member) => member.lang === release.lang);
      if (same) {
        this.problem(release, `${same.sourcePath} is already the ${release.lang} version of ${key}; a release has one translation per language, so change lang: in one of them`);
        continue;
      }
      group.push(release);
      this.groups.set(key, group);
      this.keys.set(release, key);
    }
  }

  private problem(release: Release, message: string): void {
    this.problems.push({ file: release.sourcePath, field: "translation_of", message, severity: "error" });
  }

  /** The release and its translations, in the order they were read (the original first when it sorts first). */
  groupOf(release: Release): readonly Release[] {
    const key = this.keys.get(release);
    return key === undefined ? [release] : (this.groups.get(key) ?? [release]);
  }

  /** The group's key: the original's file. */
  keyOf(release: Release): string | undefined {
    return this.keys.get(release);
  }
}

function normalise(file: string, releasesPrefix: string): string {
  const clean = file.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  return clean.startsWith(releasesPrefix) ? clean.slice(releasesPrefix.length) : clean.replace(/^(content\/)?releases\//, "");
}
