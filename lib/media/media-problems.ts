import Image from "@11ty/eleventy-img";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import type { Release } from "../model/release.ts";
import { closest } from "../model/suggest.ts";
import { extensionOf, imageExtensions } from "./file-types.ts";
import { resolveFile, type MediaLocations } from "./media-paths.ts";

/** Whether the file's header says it is an image of a known size: what the build needs to plan it. */
function readableImage(file: string): boolean {
  try {
    const size = Image.ImageSize(file);
    return (size.width ?? 0) > 0 && (size.height ?? 0) > 0;
  } catch {
    return false;
  }
}

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
    for (const remote of release.remoteImages) {
      problems.push({
        file: release.sourcePath, line: remote.line, field: "body", severity: "warning",
        message: `the image ${remote.ref} is on another website: the site's Content-Security-Policy blocks it and the build cannot size it. Save it beside the release (or in content/media/) and name the file`,
      });
    }
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
      } else if (reference.kind === "image" && !readableImage(resolved.source)) {
        problem(`${shown} could not be read as an image (the file may be damaged, or not the type its name says); open it and save it again as JPEG or PNG`);
      }
    }
  }
  return problems;
}
