/**
 * Lead images for the benchmark's corpus (issue #11): one distinct, seeded 1600×1000 JPEG
 * per release with an image, so that every image has its own hash and the build encodes
 * each one. Drawn from a small SVG (a sky, a skyline, a street, a few translucent discs)
 * with film grain laid over it: flat SVG colours alone compress to a tenth of a photo's
 * bytes, and with the grain the files are photo-sized (about 280 KB), so decoding and
 * encoding cost what a photo's would. Writing them is not part of any measurement.
 */
import sharp from "sharp";
import { writeFile } from "node:fs/promises";
import { SeededRandom } from "./seeded-random.ts";

/** An image the corpus names in a release's front matter, to be written beside it. */
export interface CorpusImage {
  /** Absolute path of the JPEG (beside the bundle's index.md). */
  readonly file: string;
  readonly seed: number;
}

const width = 1600;
const height = 1000;
/** Writing more at once gains nothing on two cores: librsvg and libjpeg keep both busy. */
const concurrency = 2;

/** Writes every image; the same seeds give the same bytes. */
export async function writeCorpusImages(images: readonly CorpusImage[]): Promise<void> {
  if (images.length === 0) return;
  const grain = await sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 20 } } }).png().toBuffer();
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const image = images[next++]!;
      const jpeg = await sharp(Buffer.from(scene(image.seed))).composite([{ input: grain, blend: "soft-light" }]).jpeg({ quality: 85 }).toBuffer();
      await writeFile(image.file, jpeg);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function scene(seed: number): string {
  const random = new SeededRandom(seed);
  const hue = random.int(0, 359);
  const colour = (h: number, s: number, l: number) => `hsl(${(h + 360) % 360},${s}%,${l}%)`;
  const horizon = random.int(550, 750);
  const shapes = [
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour(hue, 60, 35)}"/><stop offset="1" stop-color="${colour(hue + 40, 70, 80)}"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
  ];
  for (let i = random.int(12, 24); i > 0; i--) {
    const w = random.int(60, 260);
    const h = random.int(80, 420);
    shapes.push(`<rect x="${random.int(-100, width)}" y="${horizon - h}" width="${w}" height="${h + 10}" fill="${colour(hue + random.int(-60, 60), random.int(10, 50), random.int(15, 55))}"/>`);
  }
  shapes.push(`<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="${colour(hue + 180, 30, random.int(20, 40))}"/>`);
  for (let i = random.int(6, 14); i > 0; i--) {
    shapes.push(`<circle cx="${random.int(0, width)}" cy="${random.int(0, height)}" r="${random.int(20, 160)}" fill="${colour(hue + random.int(0, 359), 70, random.int(40, 75))}" fill-opacity="0.${random.int(3, 8)}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join("")}</svg>`;
}
