import MarkdownItCtor, { type MarkdownIt } from "markdown-it";

export interface MarkdownOptions {
  /**
   * The one deliberate raw-HTML hole of the site. When false (the default in
   * site.json), HTML typed into a Markdown body is escaped and shown as text.
   */
  readonly allowHtml: boolean;
  /**
   * Sub-folder the site is hosted under. Editors link to other releases as
   * `/news/2015/09/…/`; those site-root links get the prefix so they work wherever
   * the site is hosted. Default "/".
   */
  readonly pathPrefix?: string;
}

/** The one markdown-it set-up, shared by Eleventy, release pages, feeds and summaries. */
export function createMarkdown(options: MarkdownOptions): MarkdownIt {
  const md = new MarkdownItCtor({ html: options.allowHtml, linkify: true, typographer: true });
  // Links an editor types must never run script, whatever the HTML policy.
  md.validateLink = (url) => !/^\s*(javascript|vbscript|data):/i.test(url) || /^\s*data:image\/(gif|png|jpeg|webp);/i.test(url);
  // Release bodies sit under the page's h1, so a body "# Heading" would add a second h1.
  md.core.ruler.push("demote_h1", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
    return true;
  });
  const prefix = (options.pathPrefix ?? "/").replace(/\/$/, "");
  if (prefix) {
    md.core.ruler.push("prefix_site_links", (state) => {
      for (const block of state.tokens) {
        for (const token of block.children ?? []) {
          const attr = token.type === "link_open" ? "href" : token.type === "image" ? "src" : undefined;
          const value = attr ? token.attrGet(attr) : null;
          if (typeof value !== "string") continue;
          if (attr && value.startsWith("/") && !value.startsWith("//") && !value.startsWith(`${prefix}/`)) {
            token.attrSet(attr, prefix + value);
          }
        }
      }
      return true;
    });
  }
  // Tables scroll on their own at 320 px instead of widening the page.
  md.renderer.rules["table_open"] = () => '<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>\n';
  md.renderer.rules["table_close"] = () => "</table>\n</div>\n";
  return md;
}
