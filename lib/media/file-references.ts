/**
 * Which links and image sources in a release name a file of the site (issue #11), and
 * the file path they name. Shared by the reading of bodies (body-references.ts), the
 * resolution to published paths (media-paths.ts) and the Markdown renderer, which must
 * agree on what a reference means.
 */
import { extensionOf } from "./file-types.ts";
import { mediaFolder } from "../urls/site-urls.ts";

/** File names that are pages, not documents: a link to one is a link, not a download. */
const pageExtensions = new Set(["", ".html", ".htm", ".md", ".markdown", ".php", ".asp", ".aspx", ".xml", ".json"]);

/** The shared media folder's address, as editors write it: /media/… */
export const mediaPrefix = mediaFolder;

/** `https:`, `mailto:`, `//host`: anything outside the site's own files. */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

/** The file path a URL names: query and fragment dropped, percent-escapes decoded. */
export function filePathOf(url: string): string {
  const path = url.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Whether an image source is one of the site's files (processed), not a remote picture. */
export function isLocalImage(src: string): boolean {
  return src !== "" && !isExternal(src) && !src.startsWith("#");
}

/**
 * Whether a link names a document to publish: any link into /media/, or a relative link
 * (beside the release) to a file with a document's extension. Links to pages, anchors and
 * other sites are left to the link checks.
 */
export function isDocumentLink(href: string): boolean {
  if (href === "" || isExternal(href) || href.startsWith("#") || href.startsWith("?")) return false;
  const path = filePathOf(href);
  if (path.startsWith(mediaPrefix)) return true;
  if (path.startsWith("/")) return false;
  return !pageExtensions.has(extensionOf(path)) && !path.endsWith("/");
}
