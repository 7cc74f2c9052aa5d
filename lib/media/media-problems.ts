import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import type { Release } from "../model/release.ts";
import { closest } from "../model/suggest.ts";
import { extensionOf, imageExtensions } from "./file-types.ts";
import { resolveFile, type MediaLocations } from "./media-paths.ts";

/**
 * The files releases name, checked on disk (issue #11): a missing file, a path the
 * release cannot publish, an image the build cannot encode. Every release is checked,
 * drafts too, so `npm run check` reports a problem before the release goes out.
 */
export function mediaProblems(releases: readonly Release[], where: MediaLocations): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listings = new Map<string, string[]>();
  const namesIn = (folder: string) => {
    let names = listings.get(folder);
    if (!names) {
      try {
        names = readdirSync(folder);
      } catch {
        names = [];
      }
      listings.set(folder, names);
    }
    return names;
  };
  for (const release of releases) {
    for (const reference of release.files) {
      const problem = (message: string) => problems.push({ file: release.sourcePath, line: reference.line, field: reference.field, message, severity: "error" });
      const resolved = resolveFile(release, reference.ref, where);
      if ("problem" in resolved) {
        problem(resolved.problem);
        continue;
      }
      const shown = path.relative(where.root, resolved.source).split(path.sep).join("/");
      let isFile = false;
      try {
        isFile = statSync(resolved.source).isFile();
      } catch {
        isFile = false;
      }
      if (!isFile) {
        const near = closest(path.basename(resolved.source), namesIn(path.dirname(resolved.source)));
        problem(`the file ${shown} does not exist;${near ? ` did you mean "${near}"? Otherwise` : ""} add it or correct the name`);
        continue;
      }
      if (reference.kind === "image" && !imageExtensions.has(extensionOf(resolved.source))) {
        problem(`${shown} is not an image the build can encode; save it as JPEG, PNG or WebP (${[...imageExtensions].join(", ")})`);
      }
    }
  }
  return problems;
}
