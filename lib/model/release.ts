/**
 * A release as the build uses it: validated, normalised, dates in the site zone.
 * Plain data (strings and numbers only) so it passes through Eleventy's data cascade
 * untouched and can be serialised.
 */
export interface Release {
  /** Source path relative to the project root, for error messages. */
  readonly sourcePath: string;
  readonly title: string;
  /** ISO 8601 with the site zone's offset, e.g. 2015-09-11T00:00:00.000+02:00. */
  readonly date: string;
  /** Milliseconds since the epoch, for sorting. */
  readonly timestamp: number;
  /** Year and month in the site zone ("2015", "09"). */
  readonly year: string;
  readonly month: string;
  /** Whether `date` named a time of day; pages show only the date when it did not. */
  readonly hasTime: boolean;
  /**
   * The release's modified date: the latest of `updated:` and its `changes`, or
   * undefined when it was never changed. Every output's "modified" reads this.
   */
  readonly updated?: string | undefined;
  /** Corrections and updates (`changes:`), newest first. */
  readonly changes: readonly ReleaseChange[];
  /** `withdrawn:`; what that does is the visibility rule's call (lib/visibility). */
  readonly withdrawn?: ReleaseWithdrawal | undefined;
  /** Site-root paths that used to show this release (`aliases:`), without trailing slash. */
  readonly aliases: readonly string[];
  /** Release type key, e.g. press-release. */
  readonly type: string;
  readonly summary: string;
  /** Terms per taxonomy key, as the editor spelled them (merged spellings are resolved later). */
  readonly terms: Readonly<Record<string, readonly string[]>>;
  readonly sourceUrl?: string | undefined;
  /** Keys of the site's `contacts` the release names (`contacts:`); empty: the default contact. */
  readonly contacts: readonly string[];
  /** Organisations that issued a joint or partner release (`author:`); empty: the publisher alone. */
  readonly author: readonly string[];
  /** The lead image (`image:`), under the headline and on the social card. */
  readonly image?: ReleaseImage | undefined;
  /** Documents offered for download (`attachments:`), in the editor's order. */
  readonly attachments: readonly ReleaseAttachment[];
  /**
   * Every file of the site the body, `image:` and `attachments:` name (images, documents),
   * with where it is named: what the build publishes beside the page and check verifies.
   */
  readonly files: readonly FileReference[];
  /** Body images on other websites, which `npm run check` warns about. */
  readonly remoteImages: readonly { readonly ref: string; readonly line: number }[];
  /** Language tag (`lang:`, default the site's language); its pages are that language's (issue #14). */
  readonly lang: string;
  /** `translation_of:` as written: the original's file relative to content/releases/. */
  readonly translationOf?: string | undefined;
  readonly slug: string;
  /** Output path without the path prefix: /news/YYYY/MM/slug/. */
  readonly url: string;
  readonly draft: boolean;
  /** The Markdown body, rendered when a page or feed needs it. */
  readonly body: string;
}

export interface ReleaseChange {
  /** ISO 8601 in the site zone. */
  readonly date: string;
  readonly hasTime: boolean;
  readonly note: string;
}

export interface ReleaseWithdrawal {
  /** ISO 8601 in the site zone. */
  readonly date: string;
  readonly timestamp: number;
  readonly hasTime: boolean;
  readonly reason: string;
}

export interface ReleaseImage {
  /** As written: a file beside the release, or /media/… in the shared media folder. */
  readonly src: string;
  readonly alt: string;
  readonly caption?: string | undefined;
  readonly credit?: string | undefined;
}

export interface ReleaseAttachment {
  /** As written, like ReleaseImage.src. */
  readonly file: string;
  readonly title: string;
}

/** One file a release names, where it names it (for `file:line: field` messages). */
export interface FileReference {
  /** The reference as written in the file. */
  readonly ref: string;
  /** An image is processed into renditions; a document is published as it is. */
  readonly kind: "image" | "document";
  /** `body`, `image.src`, `attachments[2].file`. */
  readonly field: string;
  readonly line?: number | undefined;
}

/** Newest first; ties broken by URL so every build orders the same way. */
export function byNewest(a: Release, b: Release): number {
  return b.timestamp - a.timestamp || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}
