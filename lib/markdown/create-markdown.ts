import MarkdownItCtor, { type MarkdownIt } from "markdown-it";
import { escapeHtml } from "../html/html.ts";
import { isScriptUrl, withoutScriptUrls } from "./script-urls.ts";
import { releaseFilesPlugin } from "./release-files.ts";

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
  /** A scrollable table's accessible name in the site's language (lib/i18n); default "Table". */
  readonly tableLabel?: string;
}

/** The one markdown-it set-up, shared by Eleventy, release pages, feeds and summaries. */
export function createMarkdown(options: MarkdownOptions): MarkdownIt {
  const md = new MarkdownItCtor({ html: options.allowHtml, linkify: true, typographer: true });
  // Links an editor types must never run script, whatever the HTML policy.
  md.validateLink = (url) => !isScriptUrl(url);
  // ... and raw HTML, when allowed, must not carry them either. Only bodies that hold raw
  // HTML pay for the extra parse; without allowHtml markdown-it escapes all of it.
  if (options.allowHtml) {
    md.render = (src, env = {}) => {
      const tokens = md.parse(src, env);
      const rendered = md.renderer.render(tokens, md.options, env);
      const rawHtml = tokens.some((t) => t.type === "html_block" || t.children?.some((c) => c.type === "html_inline"));
      return rawHtml ? withoutScriptUrls(rendered) : rendered;
    };
  }
  // Release bodies sit under the page's h1, so a body "# Heading" would add a second h1.
  md.core.ruler.push("demote_h1", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
    return true;
  });
  const prefix = (options.pathPrefix ?? "/").replace(/\/$/, "");
  md.core.ruler.push("prefix_site_links", (state) => {
    if (prefix) {
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
    }
    return true;
  });
  // A release's own images and documents, when the renderer is given them (issue #11).
  releaseFilesPlugin(md);
  // Column alignment as a class, not markdown-it's style="text-align:…": the site's
  // Content-Security-Policy (style-src 'self') blocks inline styles (docs/deployment.md).
  md.core.ruler.push("table_align_classes", (state) => {
    for (const token of state.tokens) {
      if (token.type !== "th_open" && token.type !== "td_open") continue;
      const align = /^text-align:(left|center|right)$/.exec(String(token.attrGet("style") ?? ""))?.[1];
      if (!align) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
      token.attrJoin("class", `align-${align}`);
    }
    return true;
  });
  // Tables scroll on their own at 320 px instead of widening the page.
  const tableOpen = `<div class="table-scroll" role="region" aria-label="${escapeHtml(options.tableLabel ?? "Table")}" tabindex="0"><table>\n`;
  md.renderer.rules["table_open"] = () => tableOpen;
  md.renderer.rules["table_close"] = () => "</table>\n</div>\n";
  return md;
}
