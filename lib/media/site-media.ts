import Image, { type ImageStat } from "@11ty/eleventy-img";
import { statSync } from "node:fs";
import path from "node:path";
import type { Picture, Rendition } from "../html/picture.ts";
import type { BodyFiles } from "../markdown/release-files.ts";
import type { Release } from "../model/release.ts";
import { filePathOf, mediaPrefix } from "./file-references.ts";
import { fileTypeOf } from "./file-types.ts";
import { resolveFile, type MediaLocations } from "./media-paths.ts";
import { cropWidth, imagesUrlPath, leadImageCrops, renditionOptions } from "./rendition-settings.ts";

/** One file the build writes for the releases' media, and where its bytes come from. */
export type MediaOutput =
  /** A file published as it is (a document, or a file of the media folder). */
  | { readonly kind: "copy"; readonly source: string }
  /** A rendition eleventy-img encodes into the cache folder. */
  | { readonly kind: "rendition"; readonly source: string; readonly cached: string }
  /** A crop of a lead image for structured data and the social card. */
  | { readonly kind: "crop"; readonly source: string; readonly cached: string; readonly width: number; readonly height: number };

/** A document a release offers for download, as its page and feeds show it. */
export interface PublishedDocument {
  readonly title: string;
  /** Site path, no prefix. */
  readonly path: string;
  /** The link to it, with the prefix it is published under. */
  readonly href: string;
  /** "PDF", "Word". */
  readonly label: string;
  readonly mime: string;
  readonly bytes: number;
}

/** A crop of the lead image: its site path (no prefix) and size. */
export interface Crop {
  readonly path: string;
  /** The link to it, with the site's prefix. */
  readonly href: string;
  readonly width: number;
  readonly height: number;
}

interface EncodedImage {
  /** eleventy-img's stats: format → renditions, smallest first; URLs without prefix. */
  readonly stats: Record<string, ImageStat[]>;
  readonly crops: readonly Crop[];
}

export interface MediaSettings extends MediaLocations {
  /** Where renditions are kept between builds (the build store's images/ folder). */
  readonly cacheDir: string;
  /** Adds the path prefix of the releases' pages (a language's folder included) to a site path. */
  readonly href: (sitePath: string) => string;
  /** Adds the prefix of files every language shares (/img/, /media/); default `href`. */
  readonly assetHref?: ((sitePath: string) => string) | undefined;
  /** The language's URL folder ("/fr"), before the outputs of files beside its releases; default none. */
  readonly folder?: string | undefined;
  /**
   * Image facts of an earlier plan, by source, kept by a long-lived caller (the preview)
   * so an edit does not read every image again; checked against the file's size and times.
   */
  readonly known?: Map<string, { readonly stamp: string; readonly stats: Record<string, ImageStat[]> }> | undefined;
}

/**
 * The releases' images and documents for one build (issue #11): which files are
 * published where, the renditions of each image (their names and sizes known before any
 * is encoded, from eleventy-img's statsSync), and what pages and feeds show of them.
 * Planning reads every image's header and contents (for its hash) but encodes nothing;
 * write-media.ts encodes what the cache lacks. Only files of pages the build writes are
 * published, so a draft's photo stays unpublished with it.
 */
export class SiteMedia {
  readonly outputs = new Map<string, MediaOutput>();
  private readonly images = new Map<string, EncodedImage>();
  private readonly byRelease = new Map<string, Map<string, string>>();

  constructor(releases: readonly Release[], private readonly settings: MediaSettings) {
    for (const release of releases) {
      const files = new Map<string, string>();
      for (const reference of release.files) {
        const resolved = resolveFile(release, reference.ref, settings);
        if ("problem" in resolved) continue;
        files.set(reference.ref, resolved.source);
        if (reference.kind === "image") this.encode(resolved.source, reference.field === "image.src");
        else this.outputs.set(this.outputPath(resolved.published), { kind: "copy", source: resolved.source });
      }
      this.byRelease.set(release.url, files);
    }
  }

  /** Where a published path is written: shared media at the root, a release's files in its language's folder. */
  private outputPath(published: string): string {
    return published.startsWith(mediaPrefix) ? published : `${this.settings.folder ?? ""}${published}`;
  }

  private assetHref(sitePath: string): string {
    return (this.settings.assetHref ?? this.settings.href)(sitePath);
  }

  private encode(source: string, lead: boolean): EncodedImage {
    let image = this.images.get(source);
    if (!image) {
      const options = renditionOptions(this.settings.cacheDir);
      const file = statSync(source);
      const stamp = `${file.size}:${file.mtimeMs}:${file.ctimeMs}:${file.ino}`;
      const known = this.settings.known?.get(source);
      const stats = known?.stamp === stamp ? known.stats : Image.statsSync(source, options);
      this.settings.known?.set(source, { stamp, stats });
      for (const list of Object.values(stats)) {
        for (const stat of list) this.outputs.set(stat.url, { kind: "rendition", source, cached: stat.outputPath });
      }
      image = { stats, crops: [] };
      this.images.set(source, image);
    }
    if (lead && image.crops.length === 0) {
      const hash = Image.getHash(source, renditionOptions(this.settings.cacheDir));
      const original = Image.ImageSize(source) as { width: number; height: number };
      const crops = leadImageCrops.map((ratio) => {
        // The largest box of the ratio the photo holds, then no wider than cropWidth.
        const boxWidth = Math.min(original.width, Math.floor((original.height * ratio.width) / ratio.height));
        const width = Math.min(cropWidth, boxWidth);
        const height = Math.round((width * ratio.height) / ratio.width);
        const name = `${hash}-${ratio.name}-${width}.jpeg`;
        this.outputs.set(`${imagesUrlPath}${name}`, { kind: "crop", source, cached: path.join(this.settings.cacheDir, name), width, height });
        return { path: `${imagesUrlPath}${name}`, href: this.assetHref(`${imagesUrlPath}${name}`), width, height };
      });
      image = { ...image, crops };
      this.images.set(source, image);
    }
    return image;
  }

  private imageOf(release: Release, ref: string): EncodedImage | undefined {
    const source = this.byRelease.get(release.url)?.get(ref);
    return source === undefined ? undefined : this.images.get(source);
  }

  private picture(image: EncodedImage, alt: string): Picture {
    const renditions = (format: string): Rendition[] =>
      (image.stats[format] ?? []).map((stat) => ({ url: this.assetHref(stat.url), width: stat.width, height: stat.height }));
    return { alt, sources: [{ type: "image/webp", renditions: renditions("webp") }], fallback: renditions("jpeg") };
  }

  /** What the body renderer asks of a release's files. */
  bodyFiles(release: Release): BodyFiles {
    return {
      picture: (ref, alt) => {
        const image = this.imageOf(release, ref);
        return image ? this.picture(image, alt) : undefined;
      },
      documentUrl: (ref) => {
        const published = this.publishedPath(release, ref);
        return published === undefined ? undefined : this.publishedHref(published);
      },
      firstImageEager: release.image === undefined,
    };
  }

  /** The link to a published file: shared media under the site's prefix, a release's own under its page's. */
  publishedHref(published: string): string {
    return published.startsWith(mediaPrefix) ? this.assetHref(published) : this.settings.href(published);
  }

  private publishedPath(release: Release, ref: string): string | undefined {
    const resolved = resolveFile(release, ref, this.settings);
    return "problem" in resolved ? undefined : resolved.published;
  }

  /** The lead image under the headline, or undefined. */
  leadPicture(release: Release): Picture | undefined {
    if (!release.image) return undefined;
    const image = this.imageOf(release, release.image.src);
    return image ? this.picture(image, release.image.alt) : undefined;
  }

  /** The lead image's crops, 16:9 first (the social card's), or none. */
  leadCrops(release: Release): readonly Crop[] {
    if (!release.image) return [];
    return this.imageOf(release, release.image.src)?.crops ?? [];
  }

  private readonly documentsByRelease = new Map<string, readonly PublishedDocument[]>();

  /** The release's attachments with their published paths, types and sizes (read once: its page, feeds and fingerprint ask). */
  documents(release: Release): readonly PublishedDocument[] {
    let documents = this.documentsByRelease.get(release.url);
    if (!documents) this.documentsByRelease.set(release.url, (documents = this.findDocuments(release)));
    return documents;
  }

  private findDocuments(release: Release): PublishedDocument[] {
    return release.attachments.flatMap((attachment) => {
      const ref = filePathOf(attachment.file);
      const source = this.byRelease.get(release.url)?.get(ref);
      const published = this.publishedPath(release, ref);
      if (source === undefined || published === undefined) return [];
      const type = fileTypeOf(source);
      return [{ title: attachment.title, path: published, href: this.publishedHref(published), label: type.label, mime: type.mime, bytes: statSync(source).size }];
    });
  }

  /** Everything of the release's media its page and feed entries show, for incremental builds' fingerprints. */
  facts(release: Release): unknown {
    if (release.files.length === 0) return undefined;
    return [
      release.files.map((file) => {
        const image = this.imageOf(release, file.ref);
        return image ? [file.ref, image.stats, image.crops] : [file.ref, this.publishedPath(release, file.ref)];
      }),
      this.documents(release),
    ];
  }
}

/**
 * The media of one language's pages (lib/site/newsroom.ts): the build and the preview
 * make it the same way, the language's folder before its releases' files, shared files
 * under the site's own prefix.
 */
export function siteMediaFor(
  newsroom: { readonly pages: readonly Release[]; readonly languageLinks?: { readonly language: { readonly segment: string } } | undefined; href(path: string): string; assetHref(path: string): string },
  settings: Pick<MediaSettings, "contentDir" | "root" | "cacheDir" | "known">,
): SiteMedia {
  const segment = newsroom.languageLinks?.language.segment ?? "";
  return new SiteMedia(newsroom.pages, {
    ...settings,
    href: (sitePath) => newsroom.href(sitePath),
    assetHref: (sitePath) => newsroom.assetHref(sitePath),
    folder: segment ? `/${segment}` : "",
  });
}
