import { z } from "zod";
import type { SiteConfig } from "../config/site-config.ts";
import { cutSlug, maxSlugLength } from "./slug.ts";

/**
 * The editors' contract: the front matter of one release. Defined once here; the build,
 * `npm run check` and the tools all validate through `releaseFrontMatterSchema`.
 * Taxonomy keys come from the site configuration, so the schema is made per config.
 */
const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `is required; add a ${what}` : `must be text (${what})`) });

const termList = z
  .union([z.string(), z.array(z.unknown())], { error: "must be a list of terms (or a single term as text)" })
  .transform((value) => (typeof value === "string" ? [value] : value))
  .pipe(
    z.array(
      z.string({ error: "each term must be text; quote it if it looks like a number or date" })
        .trim()
        .min(1, "a term is empty; remove the empty list item or write the term"),
    ),
  );

export const baseFrontMatterShape = {
  title: text("headline, e.g. title: Police seize 40 kg of drugs in Havenmark port").trim().min(1, "is empty; write the headline"),
  /** Validated as a date by parseReleaseDate, which needs the site zone. */
  date: z.unknown(),
  type: z.string({ error: "must be one of the configured release types" }).optional(),
  summary: z.string({ error: "must be plain text" }).trim().min(1, "is empty; write a summary or remove the key").optional(),
  source_url: z
    .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://example.org/release" })
    .optional(),
  updated: z.unknown().optional(),
  slug: z
    .string({ error: "must be text" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and hyphens, e.g. port-drugs-seizure")
    .max(maxSlugLength, {
      error: (issue) =>
        `is ${String(issue.input).length} characters, longer than the ${maxSlugLength} a URL slug may have ` +
        `(it becomes a folder name, and file systems limit those); shorten it, e.g. slug: ${cutSlug(String(issue.input), 60)}`,
    })
    .optional(),
  draft: z.boolean({ error: "must be true or false" }).optional(),
  changes: z
    .array(
      z.strictObject(
        {
          /** Validated as a date by parseReleaseDate, like `date`. */
          date: z.unknown(),
          note: text("note saying what changed, e.g. note: Corrected the number of arrests from 4 to 5").trim().min(1, "is empty; say what changed"),
        },
        { error: "each change is a date and a note, e.g.\n  - date: 2026-03-02\n    note: Corrected the number of arrests" },
      ),
      { error: "must be a list of changes, each with date: and note:" },
    )
    .optional(),
  withdrawn: z
    .strictObject(
      {
        date: z.unknown(),
        reason: text("reason readers see, e.g. reason: The investigation was handed to the national prosecutor").trim().min(1, "is empty; say why the release was withdrawn"),
      },
      { error: "must be a date and a reason, e.g.\n  withdrawn:\n    date: 2026-03-02\n    reason: Replaced by a later release" },
    )
    .optional(),
  aliases: z
    .union([z.string(), z.array(z.unknown())], { error: "must be a list of old paths, e.g. - /media-press/newsroom/news/old-title" })
    .transform((value) => (typeof value === "string" ? [value] : value))
    .pipe(z.array(z.string({ error: "each alias must be a path as text, e.g. /news/old-title" }).trim()))
    .optional(),
  /** Keys of `contacts` in site.json, checked against them by parseRelease (issue #11). */
  contacts: z
    .union([z.string(), z.array(z.unknown())], { error: "must be a list of contact keys from site.json, e.g. - press-office" })
    .transform((value) => (typeof value === "string" ? [value] : value))
    .pipe(z.array(z.string({ error: "each contact must be a key from site.json, as text" }).trim().min(1, "a contact is empty; remove the empty list item or write a key")))
    .optional(),
  /** The organisations that issued a joint or partner release, as plain names. */
  author: z
    .union([z.string(), z.array(z.unknown())], { error: "must be a list of organisations, e.g. - Havenmark Customs Authority" })
    .transform((value) => (typeof value === "string" ? [value] : value))
    .pipe(z.array(z.string({ error: "each organisation must be a name as text" }).trim().min(1, "an organisation is empty; remove the empty list item or write its name")))
    .optional(),
  /**
   * The lead image: a file beside the release (page bundle) or in the media folder.
   * Shown under the headline and used for the social card and NewsArticle.image.
   */
  image: z
    .strictObject(
      {
        src: text("file name, e.g. src: patrol-boat.jpg (beside the release) or /media/patrol-boat.jpg").trim().min(1, "is empty; name the image file"),
        alt: text("description of the image for readers who cannot see it").trim().min(1, "is empty; describe what the image shows"),
        caption: z.string({ error: "must be plain text" }).trim().min(1, "is empty; write a caption or remove the key").optional(),
        credit: z.string({ error: "must be plain text" }).trim().min(1, "is empty; name the photographer or remove the key").optional(),
      },
      { error: "must be a file and a description, e.g.\n  image:\n    src: patrol-boat.jpg\n    alt: A police boat in the harbour at dawn" },
    )
    .optional(),
  /** Documents offered for download: a "Documents" list on the page and feed enclosures. */
  attachments: z
    .array(
      z.strictObject(
        {
          file: text("file name, e.g. file: annual-report-2025.pdf").trim().min(1, "is empty; name the file"),
          title: text("title readers see, e.g. title: Annual report 2025").trim().min(1, "is empty; write the document's title"),
        },
        { error: "each attachment is a file and a title, e.g.\n  - file: annual-report-2025.pdf\n    title: Annual report 2025" },
      ),
      { error: "must be a list of documents, each with file: and title:" },
    )
    .optional(),
  /** The release's language on a multilingual site (issue #14): a tag of site.json's languages. */
  lang: z.string({ error: "must be a language tag from site.json's languages, e.g. fr" }).trim().min(1, "is empty; write a language tag or remove the key").optional(),
  /** The original release this one translates: its file, relative to content/releases/. */
  translation_of: z
    .string({ error: "must be the original release's file, e.g. translation_of: 2026/2026-03-12-annual-report.md" })
    .trim()
    .min(1, "is empty; name the original release's file or remove the key")
    .optional(),
} as const;

// One schema per configuration, not per release: zod 4 compiles a schema on its first
// parse, which was a third of the cost of loading 10,000 releases (issue #6).
const schemas = new WeakMap<readonly unknown[], ReturnType<typeof makeSchema>>();

export function releaseFrontMatterSchema(config: Pick<SiteConfig, "taxonomies">) {
  let schema = schemas.get(config.taxonomies);
  if (!schema) {
    schema = makeSchema(config);
    schemas.set(config.taxonomies, schema);
  }
  return schema;
}

function makeSchema(config: Pick<SiteConfig, "taxonomies">) {
  const taxonomyShape = Object.fromEntries(config.taxonomies.map((t) => [t.key, termList.optional()]));
  return z.strictObject({ ...baseFrontMatterShape, ...taxonomyShape });
}

type BaseFrontMatter = z.output<z.ZodObject<typeof baseFrontMatterShape>>;
/** Front matter after validation; taxonomy keys hold lists of terms. */
export type ReleaseFrontMatter = BaseFrontMatter & { readonly [taxonomyKey: string]: unknown };

/** Every key an editor may write, for "did you mean" suggestions. */
export function knownFrontMatterKeys(config: Pick<SiteConfig, "taxonomies">): string[] {
  return [...Object.keys(baseFrontMatterShape), ...config.taxonomies.map((t) => t.key)];
}
