import type { MarkdownIt, Token } from "markdown-it";
import { html } from "../html/html.ts";
import { columnSizes, pictureHtml, type Picture } from "../html/picture.ts";
import { filePathOf, isDocumentLink, isLocalImage } from "../media/file-references.ts";

/**
 * The files of one release as the body renderer sees them (issue #11), passed in the
 * render environment: lib/media/site-media.ts answers for a build.
 */
export interface BodyFiles {
  /** The image a body reference names, with its renditions (URLs prefixed), or undefined. */
  picture(ref: string, alt: string): Picture | undefined;
  /** The published, prefixed URL of a document the body links to, or undefined. */
  documentUrl(ref: string): string | undefined;
  /** Whether the body's first image is the first image of the page (no lead image above it). */
  readonly firstImageEager: boolean;
}

// A type, not an interface: markdown-it's env is an index type, which only type literals satisfy.
export type BodyEnv = {
  readonly files?: BodyFiles | undefined;
};

interface PictureMeta {
  readonly picture: Picture;
  readonly eager: boolean;
  /** A Markdown image title, shown as the figure's caption. */
  readonly caption?: string;
}

/**
 * Images of the release become `<picture>`s with renditions; an image alone in its
 * paragraph with a title becomes a `<figure>` with the title as its `<figcaption>`; links
 * to the release's documents point where the build published them. Runs before the
 * path-prefix rule, which leaves the URLs set here alone (they already carry it).
 */
export function releaseFilesPlugin(md: MarkdownIt): void {
  md.core.ruler.before("prefix_site_links", "release_files", (state) => {
    const files = (state.env as BodyEnv | undefined)?.files;
    if (!files) return true;
    let images = 0;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const block = tokens[i]!;
      if (block.type !== "inline" || !block.children) continue;
      const alone = lonelyImage(tokens, i);
      for (const token of walk(block.children)) {
        if (token.type === "image") {
          const src = String(token.attrGet("src") ?? "");
          const picture = isLocalImage(src) ? files.picture(filePathOf(src), token.content) : undefined;
          if (!picture) continue;
          const title = token.attrGet("title");
          const caption = alone === token && typeof title === "string" && title.trim() !== "" ? title.trim() : undefined;
          token.meta = { picture, eager: images === 0 && files.firstImageEager, caption } satisfies PictureMeta;
          images++;
          if (caption !== undefined) {
            // A figure cannot sit inside a paragraph.
            tokens[i - 1]!.hidden = true;
            tokens[i + 1]!.hidden = true;
          }
        } else if (token.type === "link_open") {
          const href = String(token.attrGet("href") ?? "");
          const url = isDocumentLink(href) ? files.documentUrl(filePathOf(href)) : undefined;
          if (url !== undefined) token.attrSet("href", url);
        }
      }
    }
    return true;
  });
  const image = md.renderer.rules["image"]!;
  md.renderer.rules["image"] = (tokens, idx, options, env, self) => {
    const meta = tokens[idx]!.meta as PictureMeta | null;
    if (!meta?.picture) return image(tokens, idx, options, env, self);
    const picture = pictureHtml(meta.picture, { eager: meta.eager, sizes: columnSizes });
    if (meta.caption === undefined) return picture.value;
    return html`<figure class="figure">${picture}<figcaption>${meta.caption}</figcaption></figure>\n`.value;
  };
}

/** The image token when the paragraph around inline token `i` holds that image alone. */
function lonelyImage(tokens: readonly Token[], i: number): Token | undefined {
  if (tokens[i - 1]?.type !== "paragraph_open" || tokens[i + 1]?.type !== "paragraph_close") return undefined;
  const children = (tokens[i]!.children ?? []).filter((child) => !(child.type === "text" && child.content.trim() === ""));
  return children.length === 1 && children[0]!.type === "image" ? children[0] : undefined;
}

function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* walk(token.children);
  }
}
