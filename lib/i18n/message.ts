/**
 * Templates with `{name}` placeholders and plural forms, for the strings the search page's
 * script shows in the browser: a script cannot receive functions from the build, so
 * these strings travel as JSON (lib/search/search-page-config.ts). Browser-safe: Intl only.
 */

/** Forms of one message by the language's plural category (Intl.PluralRules); `other` is required. */
export type PluralForms = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/**
 * Fills `{name}` placeholders in one pass, so a value that itself contains `{…}` (a
 * reader's search words) is never filled again. Numbers are written as `locale` groups
 * digits; an unknown placeholder is left as it is, so a typo shows rather than vanishes.
 */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>>, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? numberFormat(locale).format(value) : value;
  });
}

/** The form of `forms` for `count` in `locale`, with `{count}` and the other values filled. */
export function pluralMessage(forms: PluralForms, count: number, locale: string, values: Readonly<Record<string, string | number>> = {}): string {
  const category = pluralRules(locale).select(count);
  return fillMessage(forms[category] ?? forms.other, { ...values, count }, locale);
}

// One formatter per locale: a search page or a build formats thousands of counts.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

export function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) pluralRulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}
