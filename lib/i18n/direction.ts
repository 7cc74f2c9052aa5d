/**
 * Whether a language is written right to left, for `<html dir>` (issue #14). Node's
 * Intl.Locale knows it for the languages ICU has data for (`getTextInfo()`, or the older
 * `textInfo` getter Node 20 has); otherwise the script decides: the tag's own or its
 * language's likely one.
 */
export type Direction = "ltr" | "rtl";

/** Scripts written right to left (ISO 15924). */
const rtlScripts = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Yezi"]);
/** Languages whose usual script is one of those, for when Intl cannot say. */
const rtlLanguages = new Set(["ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb", "syr", "arc", "nqo"]);

interface TextInfoLocale extends Intl.Locale {
  getTextInfo?: () => { direction?: string };
  readonly textInfo?: { direction?: string };
}

const cache = new Map<string, Direction>();

export function directionOf(language: string): Direction {
  let direction = cache.get(language);
  if (!direction) cache.set(language, (direction = find(language)));
  return direction;
}

function find(language: string): Direction {
  let locale: TextInfoLocale;
  try {
    locale = new Intl.Locale(language);
  } catch {
    return "ltr";
  }
  // ICU answers "ltr" for a language it has no data for (Dhivehi in Node 20), so only its "rtl" is final.
  const told = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  return told === "rtl" ? "rtl" : directionByScript(language);
}

/** The direction from the tag's script, or its language's likely one: what a Node without textInfo goes by. */
export function directionByScript(language: string): Direction {
  try {
    const locale = new Intl.Locale(language);
    const script = locale.script ?? locale.maximize().script;
    if (script) return rtlScripts.has(script) ? "rtl" : "ltr";
    return rtlLanguages.has(locale.language) ? "rtl" : "ltr";
  } catch {
    return rtlLanguages.has(language.split(/[-_]/)[0]!.toLowerCase()) ? "rtl" : "ltr";
  }
}
