/**
 * The term → releases index of every taxonomy, built in one pass over the releases.
 * Term pages, taxonomy indexes, term links on release pages and related releases all
 * read this one index, so a term is spelled, slugged and counted the same everywhere.
 */
import type { SiteConfig, Taxonomy } from "../config/site-config.ts";
import type { Release } from "../model/release.ts";
import type { TaxonomyEntry, TermEntry } from "../site/site-model.ts";
import { taxonomyPath, termPath } from "../urls/site-urls.ts";
import { resolveTaxonomyTerms, spellingKey, type ResolvedTerm } from "./term-spellings.ts";

export interface TermIndex {
  /** In config order; each taxonomy's terms alphabetical. */
  readonly taxonomies: readonly TaxonomyEntry[];
  /** The term a spelling written in a release resolves to (merged spellings give one term). */
  termOf(taxonomyKey: string, spelling: string): TermEntry | undefined;
}

/** `releases` must be newest first (as Newsroom holds them): each term's list keeps that order. */
export function buildTermIndex(releases: readonly Release[], config: Pick<SiteConfig, "taxonomies" | "language">): TermIndex {
  const collator = new Intl.Collator(config.language, { sensitivity: "base", numeric: true });
  const lookups = new Map<string, ReadonlyMap<string, TermEntry>>();
  const taxonomies = config.taxonomies.map((taxonomy) => {
    const resolved = resolveTaxonomyTerms(releases, taxonomy);
    const entries = new Map<ResolvedTerm, TermEntry & { releases: Release[] }>();
    const descriptions = descriptionsByKey(taxonomy);
    for (const term of resolved.terms) {
      entries.set(term, {
        label: term.label,
        slug: term.slug,
        path: termPath(taxonomy.slug, term.slug),
        releases: [],
        description: term.spellings.map((s) => descriptions.get(spellingKey(s.text))).find((d) => d !== undefined),
      });
    }
    const bySpelling = new Map<string, TermEntry & { releases: Release[] }>();
    for (const [spelling, term] of resolved.bySpelling) bySpelling.set(spelling, entries.get(term)!);
    for (const release of releases) {
      for (const spelling of release.terms[taxonomy.key] ?? []) {
        const list = bySpelling.get(spelling)?.releases;
        // Two spellings of one term on the same release count once.
        if (list && list[list.length - 1] !== release) list.push(release);
      }
    }
    lookups.set(taxonomy.key, bySpelling);
    const terms = [...entries.values()].sort((a, b) => collator.compare(a.label, b.label) || (a.label < b.label ? -1 : 1));
    const entry: TaxonomyEntry = { taxonomy, path: taxonomyPath(taxonomy.slug), terms };
    return entry;
  });
  return {
    taxonomies,
    termOf: (taxonomyKey, spelling) => lookups.get(taxonomyKey)?.get(spelling),
  };
}

function descriptionsByKey(taxonomy: Taxonomy): Map<string, string> {
  return new Map(Object.entries(taxonomy.termDescriptions ?? {}).map(([term, text]) => [spellingKey(term), text]));
}
