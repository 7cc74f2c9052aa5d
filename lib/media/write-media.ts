import Image from "@11ty/eleventy-img";
import sharp from "sharp";
import { copyFile, link, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { BuildError } from "../errors.ts";
import { renditionOptions } from "./rendition-settings.ts";
import type { MediaOutput, SiteMedia } from "./site-media.ts";

export interface MediaWriteResult {
  /** Images encoded in this build (the rest came from the cache). */
  readonly encoded: number;
  /** Files written into the build: renditions, crops and documents. */
  readonly files: number;
}

/**
 * Writes the releases' media into a build folder (issue #11). Renditions and crops are
 * encoded into the cache folder only when it lacks them (eleventy-img skips outputs that
 * exist; crops are checked here), then hard-linked into the build: cache files are named
 * by their content and never change in place. Documents are copied, not linked, so an
 * editor overwriting a file in content/ cannot change a published build.
 */
export async function writeMedia(medias: readonly SiteMedia[], buildDir: string, cacheDir: string, describe: (source: string) => string): Promise<MediaWriteResult> {
  await mkdir(cacheDir, { recursive: true });
  const cached = new Set(await readdir(cacheDir));
  // The languages of a site share /img/ and /media/: each file is written once.
  const outputs = new Map(medias.flatMap((media) => [...media.outputs]));
  const missing = new Map<string, MediaOutput[]>();
  for (const output of outputs.values()) {
    if (output.kind === "copy" || cached.has(path.basename(output.cached))) continue;
    const list = missing.get(output.source) ?? [];
    list.push(output);
    missing.set(output.source, list);
  }
  const options = renditionOptions(cacheDir);
  await Promise.all([...missing].map(async ([source, outputs]) => {
    try {
      if (outputs.some((output) => output.kind === "rendition")) await Image(source, options);
      for (const output of outputs) {
        if (output.kind === "crop") await encodeCrop(output);
      }
    } catch (cause) {
      throw new BuildError(`The image ${describe(source)} could not be read: ${(cause as Error).message}. Save it again as JPEG or PNG and build again; the live site is unchanged.`, { cause });
    }
  }));
  let files = 0;
  const folders = new Set<string>();
  for (const [published, output] of outputs) {
    const target = path.join(buildDir, ...published.split("/"));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    if (output.kind === "copy") await copyFile(output.source, target);
    else await link(output.cached, target);
    files++;
  }
  return { encoded: missing.size, files };
}

/**
 * The file to serve for one media output, encoding it first when the cache lacks it: the
 * preview asks for each image as a browser requests it instead of encoding all up front.
 */
export async function materialiseOutput(output: MediaOutput, cacheDir: string): Promise<string> {
  if (output.kind === "copy") return output.source;
  try {
    await stat(output.cached);
    return output.cached;
  } catch {
    await mkdir(cacheDir, { recursive: true });
    if (output.kind === "rendition") await Image(output.source, renditionOptions(cacheDir));
    else await encodeCrop(output);
    return output.cached;
  }
}

function encodeCrop(output: Extract<MediaOutput, { kind: "crop" }>) {
  return sharp(output.source)
    .resize({ width: output.width, height: output.height, fit: "cover", position: sharp.strategy.attention })
    .jpeg({ quality: 80, progressive: true, mozjpeg: true })
    .toFile(output.cached);
}

/**
 * Removes cached renditions no output of this build uses: the cache holds one build's
 * images, not every photo ever replaced. Builds already published keep theirs (hard links).
 */
export async function pruneImageCache(medias: readonly SiteMedia[], cacheDir: string): Promise<void> {
  const used = new Set<string>();
  for (const media of medias) for (const output of media.outputs.values()) if (output.kind !== "copy") used.add(path.basename(output.cached));
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return;
  }
  await Promise.all(names.filter((name) => !used.has(name)).map(async (name) => {
    const file = path.join(cacheDir, name);
    if ((await stat(file)).isFile()) await rm(file, { force: true });
  }));
}
