import { defaultTreeAdapter, html, parseFragment, serialize, type DefaultTreeAdapterTypes } from "parse5";

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * Whether a URL would run script or show a document of its own when followed: the
 * `javascript:` and `vbscript:` schemes, and `data:` except the raster images a body may
 * embed. Read the way browsers read it (WHATWG URL): leading and trailing controls and
 * spaces, and tabs and newlines anywhere, do not count ("java\tscript:" is javascript:).
 */
export function isScriptUrl(url: string): boolean {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === "javascript" || scheme === "vbscript") return true;
  return scheme === "data" && !/^data:image\/(gif|png|jpeg|webp)[;,]/i.test(cleaned);
}

/** Attributes whose value is one URL, on any element (HTML, SVG, MathML, legacy). */
const urlAttributes = new Set([
  "href", "xlink:href", "src", "action", "formaction", "cite", "data", "poster", "background", "longdesc",
  "usemap", "codebase", "classid", "archive", "profile", "manifest", "itemid", "dynsrc", "lowsrc", "ping",
]);

/** Attributes that hold several URLs; any one script URL removes the attribute. */
const urlListAttributes = new Set(["srcset", "imagesrcset"]);

/**
 * The body HTML with every URL attribute that holds a script URL removed, and nothing
 * else changed in meaning. This is not an XSS filter: with `markdown.allowHtml` an editor
 * may write a <script> on purpose. It keeps the README's promise that `javascript:`
 * links are refused whatever the HTML policy, for links pasted with embed code too.
 *
 * parse5 parses as browsers do (the HTML standard's tree construction), so the
 * attributes checked are the ones a browser will see; the body is written out again from
 * that tree, so an unfinished tag at its end cannot run into the page around it.
 * Serialising normalises spelling only: entities become characters, boolean attributes
 * gain `=""`, unclosed elements are closed.
 */
export function withoutScriptUrls(bodyHtml: string): string {
  const fragment = parseFragment(bodyContext, bodyHtml, {});
  const stack: ParentNode[] = [fragment];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.childNodes) {
      if (!defaultTreeAdapter.isElementNode(child)) continue;
      dropScriptUrls(child);
      stack.push(child);
      // A <template>'s children live in its content fragment, not in childNodes.
      if ("content" in child) stack.push(child.content);
    }
  }
  return serialize(fragment);
}

// Release bodies sit inside an <article>: parse them in the same insertion mode.
const bodyContext = defaultTreeAdapter.createElement("article", html.NS.HTML, []);

function dropScriptUrls(element: Element): void {
  const animatesLink = /^(?:xlink:)?href$/i.test(attribute(element, "attributeName") ?? "");
  element.attrs = element.attrs.filter(({ name, value }) => {
    if (urlAttributes.has(name)) return !isScriptUrl(value);
    if (urlListAttributes.has(name)) return !value.split(/[\s,]+/).some(isScriptUrl);
    // SVG can animate a link's target into place: <set attributeName="href" to="javascript:…">.
    if (animatesLink && (name === "to" || name === "from" || name === "by" || name === "values")) return !value.split(";").some(isScriptUrl);
    if (name === "content" && /^refresh$/i.test(attribute(element, "http-equiv") ?? "")) {
      return !isScriptUrl(/url\s*=\s*['"]?([^'"]*)/i.exec(value)?.[1] ?? "");
    }
    return true;
  });
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}
