import type { SiteConfig } from "../config/site-config.ts";
import { directionOf } from "../i18n/direction.ts";

/** One language of the site, as pages and URLs need it. */
export interface SiteLanguage {
  readonly tag: string;
  /** In its own language: "Français". */
  readonly name: string;
  readonly direction: "ltr" | "rtl";
  /** URL folder of its pages without slashes, "" for a language served at the site root. */
  readonly segment: string;
  readonly isDefault: boolean;
}

/**
 * The site's languages, the default first. A site without `languages` has one: its
 * `language`, at the site root, so today's URLs and output stay as they are.
 */
export function siteLanguages(config: SiteConfig): SiteLanguage[] {
  const entries = config.languages ?? [];
  if (entries.length === 0) {
    return [{ tag: config.language, name: config.language, direction: directionOf(config.language), segment: "", isDefault: true }];
  }
  const languages = entries.map((entry): SiteLanguage => {
    const isDefault = entry.tag === config.language;
    // The default language keeps the site's URLs, so a site that adds a language moves no page.
    const segment = isDefault ? "" : (entry.segment ?? defaultSegment(entry.tag));
    return { tag: entry.tag, name: entry.name, direction: entry.direction ?? directionOf(entry.tag), segment, isDefault };
  });
  return [...languages.filter((l) => l.isDefault), ...languages.filter((l) => !l.isDefault)];
}

/** "fr" for fr-BE, "pt-br" for pt-BR when the site names both Portuguese: the tag's language, lower-case. */
export function defaultSegment(tag: string): string {
  return new Intl.Locale(tag).language.toLowerCase();
}

/**
 * The configuration one language's pages are built with: its tag, its URL folder added to
 * the path prefix (the one place the segment enters every URL), and its labels of types
 * and taxonomies, title and description. Terms keep their own spellings.
 */
export function languageConfig(config: SiteConfig, language: SiteLanguage): SiteConfig {
  const entry = config.languages?.find((l) => l.tag === language.tag);
  if (!entry) return config;
  const named = {
    ...config,
    title: entry.title ?? config.title,
    publisher: entry.publisher ?? config.publisher,
    description: entry.description ?? config.description,
    pathPrefix: language.segment ? `${config.pathPrefix}${language.segment}/` : config.pathPrefix,
  };
  // The default language's labels are the configuration's own.
  if (language.isDefault) return named;
  return {
    ...named,
    language: language.tag,
    releaseTypes: config.releaseTypes.map((type) => {
      const labels = type.labels?.[language.tag];
      return labels ? { ...type, label: labels.label, plural: labels.plural ?? labels.label } : type;
    }),
    taxonomies: config.taxonomies.map((taxonomy) => {
      const labels = taxonomy.labels?.[language.tag];
      return labels ? { ...taxonomy, label: labels.label, description: labels.description ?? taxonomy.description } : taxonomy;
    }),
  };
}
