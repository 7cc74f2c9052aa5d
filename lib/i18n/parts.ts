/**
 * A sentence with markup in it ("Published <time>…</time>"), as text and the caller's
 * own pieces in the language's order. The dictionary writes no HTML: the template
 * passes its elements in and the `html` tag escapes the text around them.
 */
export type Parts<T> = readonly (string | T)[];

/** `items` with `separator` between them: "2026, 2025, 2024" as links. */
export function joinParts<T>(items: readonly T[], separator: string): Parts<T> {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}
