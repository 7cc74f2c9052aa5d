import { dictionaryKeys, missingKeys } from "./dictionaries.ts";
import type { DictionaryKey } from "./dictionary.ts";

/**
 * What `npm run check` should tell an editor about a site language's interface strings
 * (issue #14): nothing when its dictionary is complete, else which strings will show in
 * English and where to add them. A warning, not an error: the site still builds.
 */
export function dictionaryWarning(language: string, missing: readonly DictionaryKey[] = missingKeys(language)): string | undefined {
  if (missing.length === 0) return undefined;
  const primary = language.split(/[-_]/)[0]!.toLowerCase();
  if (missing.length === dictionaryKeys().length) {
    return `language: "${language}" has no interface dictionary, so navigation, headings and notices show in English; add lib/i18n/${primary}.ts (see lib/i18n/fr.ts)`;
  }
  const shown = missing.slice(0, 5).join(", ");
  return `language: the "${primary}" interface dictionary lacks ${missing.length} string${missing.length === 1 ? "" : "s"} (${shown}${missing.length > 5 ? ", …" : ""}), which show in English; add them to lib/i18n/${primary}.ts`;
}
