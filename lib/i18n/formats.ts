import { numberFormat, pluralMessage, type PluralForms } from "./message.ts";

/**
 * What a dictionary needs to write numbers and lists in its language, bound to the
 * site's full language tag ("en-GB" and "en-IN" group digits differently).
 */
export interface Formats {
  readonly locale: string;
  /** "12,345" in en, "12 345" (narrow no-break space) in fr. */
  number(value: number): string;
  /** The plural form for `count` with `{count}` written as `number` writes it. */
  count(count: number, forms: PluralForms): string;
  /** "A, B et C": the language's own "and" list. */
  list(items: readonly string[]): string;
  /** Lower case by the language's rules, for a label used inside a sentence. */
  lower(text: string): string;
  /** "1.2 MB", "1,2 Mo": a file's size with the language's unit names. */
  fileSize(bytes: number): string;
}

const cache = new Map<string, Formats>();

export function formatsFor(locale: string): Formats {
  let formats = cache.get(locale);
  if (!formats) cache.set(locale, (formats = makeFormats(locale)));
  return formats;
}

function makeFormats(locale: string): Formats {
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  return {
    locale,
    number: (value) => numberFormat(locale).format(value),
    count: (count, forms) => pluralMessage(forms, count, locale),
    list: (items) => lists.format(items),
    lower: (text) => text.toLocaleLowerCase(locale),
    fileSize: (bytes) => fileSize(bytes, locale),
  };
}

/** The steps and precision of lib/media/file-types.ts formatFileSize, with Intl's unit names. */
function fileSize(bytes: number, locale: string): string {
  const unit = (value: number, name: string, digits: number) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "short", maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return unit(bytes, "byte", 0);
  if (bytes < 1_000_000) return unit(Math.round(bytes / 1000), "kilobyte", 0);
  if (bytes < 1_000_000_000) return unit(bytes / 1_000_000, "megabyte", bytes < 10_000_000 ? 1 : 0);
  return unit(bytes / 1_000_000_000, "gigabyte", 1);
}
