import type { MarkdownIt, Token } from "markdown-it";
import type { FileReference } from "../model/release.ts";
import { filePathOf, isDocumentLink, isLocalImage } from "./file-references.ts";

export interface BodyFiles {
  readonly files: FileReference[];
  /** Images without a description, by line. */
  readonly missingAlt: { readonly ref: string; readonly line: number }[];
  /** Images on other websites, by line. */
  readonly remote: { readonly ref: string; readonly line: number }[];
}

/** Link targets as Markdown writes them: `](target` and reference definitions `[x]: target`. */
const linkTargets = /\]\(\s*<?([^)\s>]*)|^ {0,3}\[[^\]]+\]:\s*<?([^\s>]*)/gm;

/**
 * Whether a body may name an image or a file of the site: any image, or a link whose
 * target is a document. Most of an archive links only to pages and other sites, and a
 * full parse of every body cost 0.3 ms a release (3 s at 10,000) to find nothing.
 */
function mayNameFiles(body: string): boolean {
  if (body.includes("![")) return true;
  for (const match of body.matchAll(linkTargets)) {
    if (isDocumentLink(match[1] ?? match[2] ?? "")) return true;
  }
  return false;
}

/**
 * The files a Markdown body names (images and linked documents) with their lines in the
 * release file. `firstLine` is the file line of the body's first line. Bodies that name
 * no image or document are not parsed at all (mayNameFiles).
 */
export function bodyFiles(md: MarkdownIt, body: string, firstLine: number): BodyFiles {
  const files: FileReference[] = [];
  const missingAlt: { ref: string; line: number }[] = [];
  const remote: { ref: string; line: number }[] = [];
  if (!mayNameFiles(body)) return { files, missingAlt, remote };
  let blockLine = 0;
  const visit = (children: readonly Token[]) => {
    let line = blockLine;
    for (const child of children) {
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      if (child.type === "image") {
        const src = String(child.attrGet("src") ?? "");
        if (!child.content.trim()) missingAlt.push({ ref: src, line: firstLine + line });
        if (isLocalImage(src)) files.push({ ref: filePathOf(src), kind: "image", field: "body", line: firstLine + line });
        else if (/^(https?:)?\/\//i.test(src)) remote.push({ ref: src, line: firstLine + line });
      } else if (child.type === "link_open") {
        const href = String(child.attrGet("href") ?? "");
        if (isDocumentLink(href)) files.push({ ref: filePathOf(href), kind: "document", field: "body", line: firstLine + line });
      }
      if (child.children) visit(child.children);
    }
  };
  for (const token of md.parse(body, {})) {
    if (token.map) blockLine = token.map[0];
    if (token.type === "inline" && token.children) visit(token.children);
  }
  return { files, missingAlt, remote };
}
