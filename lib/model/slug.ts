import slugify from "@sindresorhus/slugify";

/**
 * The longest slug a release, term, type or taxonomy may have. A slug is a folder name
 * in the built site, so it must stay below every file system's name limit: 255 bytes on
 * most, but 143 on eCryptfs (encrypted home folders, some NAS shares), and Windows
 * refuses whole paths over 260 characters when a built site is copied there. 120 leaves
 * room for both, and is about 18 words: the longest sample headline gives 90, and
 * search results show well under 120 characters of a URL anyway. Slugs are ASCII
 * (`[a-z0-9-]`), so characters are bytes.
 */
export const maxSlugLength = 120;

export interface Slug {
  readonly slug: string;
  /** Length before cutting; more than `maxSlugLength` when the slug was shortened. */
  readonly fullLength: number;
}

/**
 * The one slug function for titles, terms and types. It transliterates
 * ("Pénal" → "penal"), spells out "&" ("Cyber-crime & fraud" → "cyber-crime-and-fraud")
 * and turns separators such as "/" into hyphens ("Press/Journalists" → "press-journalists").
 * A slug longer than `maxSlugLength` is cut at the last hyphen that fits.
 */
export function slugFor(text: string): Slug {
  const full = slugify(text, { decamelize: false });
  return { slug: cutSlug(full), fullLength: full.length };
}

export function toSlug(text: string): string {
  return slugFor(text).slug;
}

/** `slug` cut to `maxSlugLength` at a word (hyphen) boundary, or hard when a word is that long. */
export function cutSlug(slug: string, max = maxSlugLength): string {
  if (slug.length <= max) return slug;
  const hyphen = slug.slice(0, max + 1).lastIndexOf("-");
  // A cut far back would throw most of the slug away for one long word: cut inside it.
  return hyphen >= max / 2 ? slug.slice(0, hyphen) : slug.slice(0, max).replace(/-+$/, "");
}
