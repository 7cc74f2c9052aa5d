/**
 * The browse model of one build: terms, types, years and months, every list page and
 * related releases. Each part is computed on first use and then kept, so a build
 * groups the releases once however many pages read the result (no page scans all
 * releases). Newsroom exposes these parts; templates read them from there.
 */
import type { SiteConfig, Taxonomy } from "../config/site-config.ts";
import { buildNewsEntry, buildYearEntries } from "../archives/date-archives.ts";
import { buildTypeEntries } from "../archives/type-archives.ts";
import type { Release } from "../model/release.ts";
import { buildRelatedReleases, type RelatedReleases } from "../related/related-releases.ts";
import { buildTermIndex, type TermIndex } from "../taxonomy/term-index.ts";
import { buildListPages } from "./list-pages.ts";
import type { ListPage, NewsEntry, TaxonomyEntry, TermEntry, TypeEntry, YearEntry } from "./site-model.ts";

export class BrowseModel {
  #terms?: TermIndex;
  #types?: readonly TypeEntry[];
  #years?: readonly YearEntry[];
  #news?: NewsEntry;
  #listPages?: readonly ListPage[];
  #related?: RelatedReleases;
  /** Each release's answer: the fingerprints and its page both ask for it. */
  readonly #relatedOf = new Map<Release, readonly Release[]>();

  constructor(
    private readonly config: SiteConfig,
    /** Newest first. */
    private readonly releases: readonly Release[],
  ) {}

  get termIndex(): TermIndex {
    return (this.#terms ??= buildTermIndex(this.releases, this.config));
  }

  get taxonomyEntries(): readonly TaxonomyEntry[] {
    return this.termIndex.taxonomies;
  }

  get typeEntries(): readonly TypeEntry[] {
    return (this.#types ??= buildTypeEntries(this.releases, this.config));
  }

  get yearEntries(): readonly YearEntry[] {
    return (this.#years ??= buildYearEntries(this.releases));
  }

  get newsEntry(): NewsEntry {
    return (this.#news ??= buildNewsEntry(this.releases, this.yearEntries));
  }

  get listPages(): readonly ListPage[] {
    return (this.#listPages ??= buildListPages(
      { news: this.newsEntry, taxonomies: this.taxonomyEntries, types: this.typeEntries },
      this.config.pageSize,
    ));
  }

  relatedReleases(release: Release): readonly Release[] {
    let related = this.#relatedOf.get(release);
    if (!related) {
      this.#related ??= buildRelatedReleases(this.releases, this.taxonomyEntries.flatMap((t) => t.terms));
      this.#relatedOf.set(release, (related = this.#related(release)));
    }
    return related;
  }

  /** The terms of one taxonomy on a release, merged spellings resolved, each once, in the order written. */
  termsOf(release: Release, taxonomy: Taxonomy): TermEntry[] {
    const terms: TermEntry[] = [];
    for (const spelling of release.terms[taxonomy.key] ?? []) {
      const term = this.termIndex.termOf(taxonomy.key, spelling);
      if (term && !terms.includes(term)) terms.push(term);
    }
    return terms;
  }
}
