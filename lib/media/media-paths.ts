import path from "node:path";
import { mediaPrefix } from "./file-references.ts";

/**
 * Where a file a release names lives and where the site publishes it (issue #11). A
 * release that is a folder (`…/<name>/index.md`, Hugo's page bundle) names files beside
 * it with relative paths; they are published under the release's URL. Any release names
 * files of the shared media folder (`content/media/`) as `/media/…`, published there.
 */
export interface ResolvedFile {
  /** Absolute path of the file on disk. */
  readonly source: string;
  /** Site path without the prefix: /news/2026/03/slug/chart.png, /media/logo.png. */
  readonly published: string;
}

export interface MediaLocations {
  /** Absolute content folder (holds releases/ and media/). */
  readonly contentDir: string;
  /** Absolute folder that release source paths are relative to (the working directory). */
  readonly root: string;
}

/** The shared media folder inside the content folder. */
export const mediaFolderName = "media";

/** Whether the release file is a page bundle's `index.md`. */
export function isBundle(sourcePath: string): boolean {
  return /(^|\/)index\.(md|markdown)$/i.test(sourcePath);
}

export function resolveFile(
  release: { readonly sourcePath: string; readonly url: string },
  ref: string,
  where: MediaLocations,
): ResolvedFile | { readonly problem: string } {
  if (ref.startsWith(mediaPrefix)) {
    const inside = path.posix.normalize(ref.slice(mediaPrefix.length));
    if (inside.startsWith("..") || inside === "." || inside === "") return { problem: `"${ref}" does not name a file inside content/${mediaFolderName}/` };
    return { source: path.join(where.contentDir, mediaFolderName, ...inside.split("/")), published: `${mediaPrefix}${inside}` };
  }
  if (ref.startsWith("/")) {
    return { problem: `"${ref}" is not a file the release can publish; put it in content/${mediaFolderName}/ and write ${mediaPrefix}${path.posix.basename(ref)}, or beside the release if it is a folder (index.md)` };
  }
  const file = path.basename(release.sourcePath);
  if (!isBundle(release.sourcePath)) {
    const name = file.replace(/\.(md|markdown)$/i, "");
    return {
      problem: `"${ref}" is a file beside the release, but the release is a single file. Put the file in content/${mediaFolderName}/ and write ${mediaPrefix}${path.posix.basename(ref)}, ` +
        `or make the release a folder: move ${file} to ${name}/index.md and the file beside it`,
    };
  }
  const inside = path.posix.normalize(ref.replace(/^\.\//, ""));
  if (inside.startsWith("..") || inside === ".") return { problem: `"${ref}" points outside the release's folder; keep its files beside index.md, or use ${mediaPrefix}… for shared ones` };
  return { source: path.join(where.root, path.dirname(release.sourcePath), ...inside.split("/")), published: `${release.url}${inside}` };
}
