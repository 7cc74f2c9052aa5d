/** The part of @11ty/eleventy-img 6 this project uses (the package ships no types). */
declare module "@11ty/eleventy-img" {
  export interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: string[];
    urlPath?: string;
    outputDir?: string;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    hashLength?: number;
    minimumThreshold?: number;
    useCache?: boolean;
  }
  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
    size?: number;
  }
  export type ImageMetadata = Record<string, ImageStat[]>;
  interface ImageFunction {
    (src: string, options?: ImageOptions): Promise<ImageMetadata>;
    statsSync(src: string, options?: ImageOptions): ImageMetadata;
    getHash(src: string, options?: ImageOptions): string;
    /** image-size: reads the header only. */
    ImageSize(src: string): { width?: number; height?: number; orientation?: number };
  }
  const Image: ImageFunction;
  export default Image;
}
