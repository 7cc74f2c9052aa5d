import type { FieldOrder } from "./release-file.ts";

/**
 * What the admin page tells its script about the site (written by lib/cms/admin-page.ts
 * into the script element's `data-newsroom-cms` attribute, as JSON): settings are passed
 * in, the script reads no configuration of its own.
 */
export interface AdminSettings {
  /** The site's stylesheets, with the path prefix, for the preview pane. */
  readonly stylesheets: readonly string[];
  /** BCP 47 language of the site, for dates in the preview. */
  readonly language: string;
  /** Release type labels by key. */
  readonly types: Readonly<Record<string, string>>;
  /** Taxonomies in site order, for the preview's term lists. */
  readonly taxonomies: readonly { readonly key: string; readonly label: string }[];
  /** The form's fields in order, with the sub-fields of objects (release-file.ts). */
  readonly fields: readonly FieldOrder[];
}

/** The attribute of the admin script's element that holds the settings. */
export const settingsAttribute = "data-newsroom-cms";

/** The Decap custom format that reads and writes releases (release-file.ts). */
export const releaseFormatName = "newsroom-release";
