/**
 * Escape-by-default HTML for the typed templates. Every interpolated value is
 * escaped unless it is already SafeHtml; the only ways to make SafeHtml are the
 * `html` tag itself, `jsonLd`, and `trustedHtml`, which exists for the one documented
 * hole: the rendered Markdown body (see `markdown.allowHtml` in the README).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Marks HTML produced by markdown-it from a release body as safe to emit. */
export function trustedHtml(renderedMarkdown: string): SafeHtml {
  return new SafeHtml(renderedMarkdown);
}

/** A JSON-LD script; `<` is escaped so no string in the data can close the script. */
export function jsonLd(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return new SafeHtml(`<script type="application/ld+json">${json}</script>`);
}
