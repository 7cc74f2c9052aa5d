import { arabic } from "./ar.ts";
import type { Dictionary, DictionaryKey, Translation } from "./dictionary.ts";
import { english } from "./en.ts";
import { formatsFor } from "./formats.ts";
import { french } from "./fr.ts";

/** The languages with a dictionary, by primary language subtag. */
const translations: Readonly<Record<string, Translation>> = { en: english, fr: french, ar: arabic };

/** The language everything falls back to: the one dictionary that must be complete. */
const base = "en";

/**
 * The dictionary of a BCP 47 tag: its own language's, matched by exact tag and then by
 * primary subtag ("en-GB" → en), each key it lacks taken from `fallback` (the site's
 * default language) and then from English. Numbers, plurals and lists follow the full
 * tag, so "en-IN" groups digits as India does.
 */
export function dictionaryFor(language: string, fallback: string = base): Dictionary {
  const key = `${language} ${fallback}`;
  let dictionary = cache.get(key);
  if (!dictionary) {
    const own = translationFor(language)?.(formatsFor(language)) ?? {};
    const spare = fallback === language ? {} : (translationFor(fallback)?.(formatsFor(fallback)) ?? {});
    cache.set(key, (dictionary = completeDictionary(own, completeDictionary(spare, english(formatsFor(base))))));
  }
  return dictionary;
}

const cache = new Map<string, Dictionary>();

/** `partial`'s keys over `fallback`'s, key by key. */
export function completeDictionary(partial: Partial<Dictionary>, fallback: Dictionary): Dictionary {
  const own = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  return { ...fallback, ...own };
}

/**
 * The keys a language's dictionary lacks, in the English order: what a check reports
 * before a site in that language shows English. A language without a dictionary lacks all.
 */
export function missingKeys(language: string): DictionaryKey[] {
  return missingKeysOf(translationFor(language)?.(formatsFor(language)) ?? {});
}

export function missingKeysOf(partial: Partial<Dictionary>): DictionaryKey[] {
  return dictionaryKeys().filter((key) => partial[key] === undefined);
}

/** Every key, in the order English gives them. */
export function dictionaryKeys(): DictionaryKey[] {
  return Object.keys(english(formatsFor(base))) as DictionaryKey[];
}

/** The languages that have a dictionary. */
export const dictionaryLanguages: readonly string[] = Object.keys(translations);

function translationFor(language: string): Translation | undefined {
  const tag = canonical(language);
  if (!tag) return undefined;
  const exact = Object.keys(translations).find((known) => known.toLowerCase() === tag.toLowerCase());
  if (exact) return translations[exact];
  return translations[new Intl.Locale(tag).language];
}

function canonical(language: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(language)[0];
  } catch {
    return undefined;
  }
}
