import { z } from "zod";

/**
 * The settings of a multilingual site (issue #14), beside the rest of site.json's schema
 * (lib/config/site-config.ts composes them). A site without `languages` is a site in its
 * one `language`, with today's URLs.
 */

/** One language the site publishes in. */
export function languageEntrySchema(tag: z.ZodType<string>, segment: z.ZodType<string>) {
  return z.strictObject({
    /** BCP 47 tag: `<html lang>`, feeds, dates, the search index's stemming. */
    tag,
    /** The language's name in itself, as the language switch shows it: "Français". */
    name: z.string().trim().min(1, "is empty; write the language's name in that language, e.g. Français"),
    /** The URL folder of its pages, e.g. "fr" for /fr/news/…; default the tag's language. */
    segment: segment.optional(),
    /** Writing direction; default from the tag (Arabic, Hebrew, Persian, Urdu … are right to left). */
    direction: z.enum(["ltr", "rtl"]).optional(),
    /** The site's title, publisher and description in this language; default the site's. */
    title: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    description: z.string().trim().min(1).optional(),
  });
}

/** A taxonomy's or release type's label in other languages, keyed by language tag. */
export const taxonomyLabelsSchema = z.record(
  z.string(),
  z.strictObject({ label: z.string().trim().min(1), description: z.string().trim().min(1).optional() }),
);

export const typeLabelsSchema = z.record(
  z.string(),
  z.strictObject({ label: z.string().trim().min(1), plural: z.string().trim().min(1).optional() }),
);

/**
 * One term in several languages, keyed by language tag: {"en-GB": "Drug trafficking",
 * "fr": "Trafic de drogue"}. The spellings are one term: the language switch of a term
 * page leads to the same term's page in the other language.
 */
export const termTranslationsSchema = z.array(z.record(z.string(), z.string().trim().min(1)));
