import slugify from "@sindresorhus/slugify";

/**
 * The one slug function for titles, terms and types. It transliterates
 * ("Pénal" → "penal"), spells out "&" ("Cyber-crime & fraud" → "cyber-crime-and-fraud")
 * and turns separators such as "/" into hyphens ("Press/Journalists" → "press-journalists").
 */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false });
}
