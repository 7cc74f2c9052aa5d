import type { ImageOptions } from "@11ty/eleventy-img";
import { imagesFolder } from "../urls/site-urls.ts";

/**
 * How every image of a release is encoded (issue #11): WebP for browsers that take it,
 * JPEG for the rest and for feed readers, at widths that cover the text column
 * (42rem) from phones to 2× screens. eleventy-img never upscales: a small photo gets
 * only the widths it has. Quality settings are sharp's; they are part of the file names'
 * hash, so changing one re-encodes every image.
 */
export function renditionOptions(cacheDir: string): ImageOptions {
  return {
    widths: [480, 800, 1200, 1600],
    // A photo a little wider than a width gets its own width too (eleventy-img's default asks for 25 % more).
    minimumThreshold: 1.1,
    formats: ["webp", "jpeg"],
    urlPath: imagesUrlPath,
    outputDir: cacheDir,
    sharpJpegOptions: { quality: 80, progressive: true, mozjpeg: true },
    sharpWebpOptions: { quality: 78 },
  };
}

/** Where renditions are published: content-addressed names, cached for a year (lib/hosting). */
export const imagesUrlPath = imagesFolder;

/** The crops of a lead image structured data asks for (Google: 16:9, 4:3 and 1:1) and the social card uses (16:9). */
export const leadImageCrops = [
  { name: "16x9", width: 16, height: 9 },
  { name: "4x3", width: 4, height: 3 },
  { name: "1x1", width: 1, height: 1 },
] as const;

/** Crops are this wide, or the largest width the source gives. */
export const cropWidth = 1200;
