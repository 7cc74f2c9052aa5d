/**
 * What readers are told about a download ("PDF, 2.3 MB") and feeds about an enclosure
 * (its media type), by file extension: the build never sniffs file contents.
 */
interface FileType {
  readonly label: string;
  readonly mime: string;
}

const types: Readonly<Record<string, FileType>> = {
  ".pdf": { label: "PDF", mime: "application/pdf" },
  ".doc": { label: "Word", mime: "application/msword" },
  ".docx": { label: "Word", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  ".odt": { label: "OpenDocument text", mime: "application/vnd.oasis.opendocument.text" },
  ".xls": { label: "Excel", mime: "application/vnd.ms-excel" },
  ".xlsx": { label: "Excel", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  ".ods": { label: "OpenDocument spreadsheet", mime: "application/vnd.oasis.opendocument.spreadsheet" },
  ".ppt": { label: "PowerPoint", mime: "application/vnd.ms-powerpoint" },
  ".pptx": { label: "PowerPoint", mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
  ".csv": { label: "CSV", mime: "text/csv" },
  ".txt": { label: "Text", mime: "text/plain" },
  ".rtf": { label: "RTF", mime: "application/rtf" },
  ".zip": { label: "ZIP", mime: "application/zip" },
  ".jpg": { label: "JPEG image", mime: "image/jpeg" },
  ".jpeg": { label: "JPEG image", mime: "image/jpeg" },
  ".png": { label: "PNG image", mime: "image/png" },
  ".webp": { label: "WebP image", mime: "image/webp" },
  ".gif": { label: "GIF image", mime: "image/gif" },
  ".tif": { label: "TIFF image", mime: "image/tiff" },
  ".tiff": { label: "TIFF image", mime: "image/tiff" },
  ".avif": { label: "AVIF image", mime: "image/avif" },
  ".svg": { label: "SVG image", mime: "image/svg+xml" },
  ".mp3": { label: "MP3 audio", mime: "audio/mpeg" },
  ".mp4": { label: "MP4 video", mime: "video/mp4" },
};

/** Image files the build can turn into renditions (sharp's formats). */
export const imageExtensions: ReadonlySet<string> = new Set([".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".avif"]);

export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

export function fileTypeOf(file: string): FileType {
  const extension = extensionOf(file);
  return types[extension] ?? { label: extension ? extension.slice(1).toUpperCase() : "File", mime: "application/octet-stream" };
}

/**
 * "2.3 MB", "540 KB", "900 bytes": decimal units, as operating systems show downloads,
 * with the number in the site's language.
 */
export function formatFileSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${number(bytes, 0)} bytes`;
  if (bytes < 1_000_000) return `${number(Math.round(bytes / 1000), 0)} KB`;
  if (bytes < 1_000_000_000) return `${number(bytes / 1_000_000, bytes < 10_000_000 ? 1 : 0)} MB`;
  return `${number(bytes / 1_000_000_000, 1)} GB`;
}
