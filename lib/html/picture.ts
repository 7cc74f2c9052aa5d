import { html, type SafeHtml } from "./html.ts";

/** One encoded size of an image: its URL (path prefix applied) and its pixels. */
export interface Rendition {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** What a page needs to show an image without layout shift, in every format it was encoded to. */
export interface Picture {
  readonly alt: string;
  /** Modern formats first, by media type, each a srcset of widths. */
  readonly sources: readonly { readonly type: string; readonly renditions: readonly Rendition[] }[];
  /** The format every browser shows (JPEG), smallest first; the `<img>` of the picture. */
  readonly fallback: readonly Rendition[];
}

export interface PictureOptions {
  /** The first image a reader sees loads at once; every later one when scrolled to. */
  readonly eager: boolean;
  /** The slot the image fills, for the browser's choice of width. */
  readonly sizes: string;
}

/** Release text column: --measure (42rem) on wide screens, the viewport less its padding on phones. */
export const columnSizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

const srcset = (renditions: readonly Rendition[]) => renditions.map((r) => `${r.url} ${r.width}w`).join(", ");

/**
 * `<picture>` with a source per modern format and a JPEG `<img>` that carries the
 * intrinsic width and height (the largest rendition's), so the box is reserved before
 * the bytes arrive. The `<img>` src is the rendition nearest 800 px, for browsers that
 * ignore srcset and for feed readers.
 */
export function pictureHtml(picture: Picture, options: PictureOptions): SafeHtml {
  const largest = picture.fallback.at(-1)!;
  const src = [...picture.fallback].reverse().find((r) => r.width <= 800) ?? picture.fallback[0]!;
  return html`<picture>${picture.sources.map((source) => html`<source type="${source.type}" srcset="${srcset(source.renditions)}" sizes="${options.sizes}">`)}<img src="${src.url}" srcset="${srcset(picture.fallback)}" sizes="${options.sizes}" width="${largest.width}" height="${largest.height}" alt="${picture.alt}"${options.eager ? html` fetchpriority="high"` : html` loading="lazy"`} decoding="async"></picture>`;
}
