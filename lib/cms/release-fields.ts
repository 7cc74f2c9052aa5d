import type { SiteConfig } from "../config/site-config.ts";
import { maxSlugLength } from "../model/slug.ts";

/**
 * One field of a Decap CMS collection (https://decapcms.org/docs/widgets/): the subset of
 * Decap's field options this project writes. `pattern` is a regular expression as text
 * and the message Decap shows when a value does not match it.
 */
export interface CmsField {
  readonly name: string;
  readonly label: string;
  readonly widget: "string" | "text" | "datetime" | "select" | "list" | "object" | "boolean" | "markdown" | "image" | "file" | "hidden";
  readonly required?: boolean;
  readonly hint?: string;
  readonly pattern?: readonly [regExp: string, message: string];
  readonly default?: string | boolean;
  readonly options?: readonly (string | { readonly label: string; readonly value: string })[];
  readonly multiple?: boolean;
  /** datetime: the format the value is written in (dayjs tokens). */
  readonly format?: string;
  readonly picker_utc?: boolean;
  /** list: one field per item (the items are then plain values). */
  readonly field?: CmsField;
  /** list and object: the fields of each item or of the object. */
  readonly fields?: readonly CmsField[];
  /** list and object: the line shown for a collapsed item. */
  readonly summary?: string;
  readonly collapsed?: boolean;
  /** list: allow adding items (Decap's default) and how the add button reads. */
  readonly label_singular?: string;
  /** markdown: the editor modes (the admin script opens the first, plain Markdown, until an editor picks the other). */
  readonly modes?: readonly ("raw" | "rich_text")[];
  /** image and file: whether an address from another site may be typed (the CSP would block it). */
  readonly choose_url?: boolean;
}

/**
 * A datetime as front matter takes it: the wall-clock time, no offset, read in the site's
 * zone (lib/dates/release-date.ts). The picker shows and writes that time as it is: it
 * never converts it to or from the zone of the editor's computer.
 */
const siteDateTime = { widget: "datetime", format: "YYYY-MM-DDTHH:mm", picker_utc: false } as const;

/** The slug rule of the release schema (lib/model/release-schema.ts), with its length limit. */
export const slugPattern = `^(?=.{1,${maxSlugLength}}$)[a-z0-9]+(?:-[a-z0-9]+)*$`;
/** An absolute http(s) address, as `source_url` requires. */
export const urlPattern = "^https?://[^\\s/$.?#][^\\s]*$";
/** An old address of the site: a path from its root (lib/redirects/redirect-paths.ts refines it). */
export const aliasPattern = "^/[^\\s?#]*$";

const text = (name: string, label: string, hint: string): CmsField => ({ name, label, widget: "string", required: false, hint });
const names = (name: string, label: string, singular: string, hint: string): CmsField => ({
  name,
  label,
  label_singular: singular,
  widget: "list",
  required: false,
  // Open, so each entry shows its text rather than an empty bar.
  collapsed: false,
  hint,
  field: { name: "value", label: singular, widget: "string" },
});

/**
 * The release form: one field per front-matter key of the release schema
 * (`baseFrontMatterShape` plus one per taxonomy), in the order `npm run new` writes the
 * keys (lib/tools/new-release.ts), then the body. The CMS writes a new release's keys in
 * this order (lib/cms/client/release-file.ts keeps an existing file's own order).
 *
 * What the schema refuses, the form refuses first where a widget can say it: required
 * fields, patterns, closed lists of types, terms and contacts. Decap checks the required
 * fields inside an object even when the object itself is optional (the widget validates
 * its children regardless), so `withdrawn` and `image` ask for their parts without
 * requiring them; `npm run check` still refuses a withdrawal without a reason.
 */
export function releaseFields(config: Pick<SiteConfig, "releaseTypes" | "defaultType" | "taxonomies" | "contacts" | "timeZone" | "cms" | "language" | "languages">): CmsField[] {
  const zone = config.timeZone;
  return [
    { name: "title", label: "Title", widget: "string", required: true, hint: "The headline, as plain text." },
    {
      name: "date",
      label: "Date",
      ...siteDateTime,
      required: true,
      default: "{{now}}",
      hint: `Publication date and time in ${zone}, the site's time zone (the "Now" button uses your computer's clock). A date still to come is published at that moment.`,
    },
    ...languageFields(config),
    {
      name: "type",
      label: "Type",
      widget: "select",
      required: true,
      default: config.defaultType,
      options: config.releaseTypes.map((type) => ({ label: type.label, value: type.key })),
    },
    { name: "summary", label: "Summary", widget: "text", required: false, hint: "One or two plain sentences for lists, feeds and search; without it, the first paragraph is used." },
    ...config.taxonomies.map((taxonomy): CmsField => {
      const hint = taxonomy.description ?? `${taxonomy.label} of this release.`;
      return taxonomy.terms
        ? // A controlled vocabulary: the form offers exactly the terms the check accepts.
          { name: taxonomy.key, label: taxonomy.label, widget: "select", multiple: true, required: false, options: [...taxonomy.terms], hint }
        : // Decap cannot suggest the terms other releases use; a list of free text it is.
          { ...names(taxonomy.key, taxonomy.label, "Term", `${hint} Write each term as other releases write it, so they share one page.`) };
    }),
    { ...text("source_url", "Original publication", "The address of the original release, if there is one: https://…"), pattern: [urlPattern, "must be an address starting with https:// or http://"] },
    { name: "updated", label: "Updated", ...siteDateTime, required: false, hint: `Date of the last substantive change, in ${zone}. Prefer "Corrections and updates", which also tells readers what changed.` },
    contactsField(config.contacts),
    names("author", "Issued by", "Organisation", "A joint or partner release: the organisations that issued it (include your own for a joint one)."),
    {
      name: "image",
      label: "Lead image",
      widget: "object",
      required: false,
      collapsed: true,
      hint: "Shown under the headline and on social cards. Give the image and its description together.",
      fields: [
        { name: "src", label: "Image", widget: "image", required: false, choose_url: false },
        { name: "alt", label: "Description for readers who cannot see it", widget: "string", required: false },
        { name: "caption", label: "Caption", widget: "string", required: false },
        { name: "credit", label: "Credit", widget: "string", required: false },
      ],
    },
    {
      name: "attachments",
      label: "Documents",
      label_singular: "Document",
      widget: "list",
      required: false,
      summary: "{{fields.title}}",
      hint: "Documents to download, listed under the text and offered in the feeds.",
      fields: [
        { name: "file", label: "File", widget: "file", required: true, choose_url: false },
        { name: "title", label: "Title readers see", widget: "string", required: true },
      ],
    },
    {
      name: "draft",
      label: "Draft",
      widget: "boolean",
      required: false,
      // A new release starts as a draft, as with `npm run new`, unless pull requests already keep it off the site.
      default: !config.cms.editorialWorkflow,
      hint: "A draft is shown by the preview (npm start) and left out of the published site: clear this when the release is ready.",
    },
    { ...text("slug", "URL name", `Replaces the URL name made from the title: lower-case letters, digits and hyphens, at most ${maxSlugLength} characters.`), pattern: [slugPattern, "use lower-case letters, digits and hyphens, e.g. port-drugs-seizure"] },
    {
      name: "changes",
      label: "Corrections and updates",
      label_singular: "Correction or update",
      widget: "list",
      required: false,
      summary: "{{fields.date}}: {{fields.note}}",
      hint: "What changed after publication, each with its date; readers see the list under the headline.",
      fields: [
        // No default: a default would make Decap start every new release with one empty change.
        { name: "date", label: "Date", ...siteDateTime, required: true },
        { name: "note", label: "What changed", widget: "string", required: true },
      ],
    },
    {
      name: "withdrawn",
      label: "Withdrawn",
      widget: "object",
      required: false,
      collapsed: true,
      hint: "Only when the release must no longer be read as current: give both the date and the reason. The page stays, with your reason above the headline.",
      fields: [
        { name: "date", label: "Date", ...siteDateTime, required: false },
        { name: "reason", label: "Reason", widget: "text", required: false },
      ],
    },
    { ...names("aliases", "Old addresses", "Old address", "Old addresses of this release, each a path from the site root such as /news/2026/03/old-name/; they redirect here."), field: { name: "value", label: "Old address", widget: "string", pattern: [aliasPattern, "write a path from the site root, starting with /"] } },
    { name: "body", label: "Text", widget: "markdown", required: true, modes: ["raw", "rich_text"], hint: "Who, what, where and when first, then the details." },
  ];
}

/**
 * `lang:` and `translation_of:` (issue #14), after the date as the sample writes them. On
 * a site of one language there is nothing to choose, so both are kept, hidden. The form
 * cannot list the releases a translation may name; the check refuses a wrong file.
 */
function languageFields(config: Pick<SiteConfig, "language" | "languages">): CmsField[] {
  const languages = config.languages ?? [];
  if (languages.length === 0) {
    return [
      { name: "lang", label: "Language", widget: "hidden", required: false },
      { name: "translation_of", label: "Translation of", widget: "hidden", required: false },
    ];
  }
  return [
    {
      name: "lang",
      label: "Language",
      widget: "select",
      required: false,
      options: languages.map((language) => ({ label: language.name, value: language.tag })),
      hint: `Without it, the site's default language (${config.language}).`,
    },
    {
      name: "translation_of",
      label: "Translation of",
      widget: "string",
      required: false,
      pattern: ["^[^\\s/][^\\s]*\\.(md|markdown)$", "write the original's file from releases/, e.g. 2026/2026-03-12-annual-report.md"],
      hint: "A translation: the original release's file, from releases/, e.g. 2026/2026-03-12-annual-report.md.",
    },
  ];
}

/**
 * `contacts:` names contacts of site.json by key. Without contacts there is nothing to
 * choose (and any key would be refused), so the field is kept, hidden: every key of the
 * schema has a field.
 */
function contactsField(contacts: SiteConfig["contacts"]): CmsField {
  if (contacts.length === 0) return { name: "contacts", label: "Media contacts", widget: "hidden", required: false };
  return {
    name: "contacts",
    label: "Media contacts",
    widget: "select",
    multiple: true,
    required: false,
    options: contacts.map((contact) => ({ label: contact.role ? `${contact.name}, ${contact.role}` : contact.name, value: contact.key })),
    hint: `Shown under "Media enquiries" instead of the press office (${contacts.find((c) => c.default)?.name ?? "the default contact"}).`,
  };
}
