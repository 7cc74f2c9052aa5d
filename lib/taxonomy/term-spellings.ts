/**
 * Turns the spellings editors wrote into terms. Spellings that differ only in case or
 * spacing ("Press/Journalists", "press / journalists") are one term shown in its most
 * used spelling; two different terms whose slugs collide ("Cyber-crime & fraud",
 * "Cyber crime and fraud") cannot both have a page, so they are an error. See the
 * "Terms done right" section of the taxonomy issue. A term that looks like a misspelling
 * of a more used one is a warning (near-duplicate-terms.ts).
 */
import type { SiteConfig, Taxonomy } from "../config/site-config.ts";
import type { ContentProblem } from "../errors.ts";
import type { Release } from "../model/release.ts";
import { maxSlugLength, slugFor } from "../model/slug.ts";
import { lineOfTerm } from "../content/term-line.ts";
import { nearDuplicateTermProblems } from "./near-duplicate-terms.ts";

export interface Spelling {
  readonly text: string;
  /** Releases that use this spelling, in the order given. */
  readonly files: readonly string[];
}

export interface ResolvedTerm {
  /** The spelling shown: the most used one (the controlled list's own when there is one). */
  readonly label: string;
  readonly slug: string;
  /** Every spelling merged into this term, most used first. */
  readonly spellings: readonly Spelling[];
}

export interface TaxonomyTerms {
  readonly taxonomy: Taxonomy;
  /** One entry per slug, in no particular order. */
  readonly terms: readonly ResolvedTerm[];
  /** Any spelling written in a release or the controlled list → its term. */
  readonly bySpelling: ReadonlyMap<string, ResolvedTerm>;
  readonly problems: readonly ContentProblem[];
}

/** Spellings with the same key are one term: case and white space do not count. */
export function spellingKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, "");
}

interface Draft {
  readonly uses: Map<string, string[]>;
  /** Spellings in the controlled list win even when fewer releases use them. */
  readonly listed: Set<string>;
}

/**
 * Resolves the terms of one taxonomy over all releases. Linear in the number of term
 * uses; releases are not required to be in any order.
 */
export function resolveTaxonomyTerms(releases: readonly Release[], taxonomy: Taxonomy): TaxonomyTerms {
  const drafts = new Map<string, Draft>();
  // A few dozen spellings over tens of thousands of uses: look each spelling up once.
  const filesOf = new Map<string, { draft: Draft; files: string[] }>();
  const spelling = (text: string) => {
    let found = filesOf.get(text);
    if (!found) {
      const key = spellingKey(text);
      let draft = drafts.get(key);
      if (!draft) {
        draft = { uses: new Map(), listed: new Set() };
        drafts.set(key, draft);
      }
      found = { draft, files: [] };
      draft.uses.set(text, found.files);
      filesOf.set(text, found);
    }
    return found;
  };
  for (const text of taxonomy.terms ?? []) spelling(text).draft.listed.add(text);
  for (const release of releases) {
    for (const text of release.terms[taxonomy.key] ?? []) spelling(text).files.push(release.sourcePath);
  }

  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, ResolvedTerm[]>();
  for (const draft of drafts.values()) {
    const spellings = [...draft.uses].map(([text, files]) => ({ text, files })).sort((a, b) =>
      Number(draft.listed.has(b.text)) - Number(draft.listed.has(a.text)) ||
      b.files.length - a.files.length ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const label = spellings[0]!.text;
    const { slug, fullLength } = slugFor(label);
    const term: ResolvedTerm = { label, slug, spellings };
    problems.push(...mergeWarnings(taxonomy, term));
    if (term.slug === "") {
      problems.push(problemAt(taxonomy, term, "error", `"${label}" gives an empty URL slug; spell the term with letters or digits`));
      continue;
    }
    if (fullLength > maxSlugLength) {
      problems.push(problemAt(taxonomy, term, "warning",
        `"${label}" gives a URL slug of ${fullLength} characters, more than the ${maxSlugLength} a folder name may safely have; ` +
        `its page is /${taxonomy.slug}/${slug}/ (cut at a word). Shorten the term`));
    }
    const sameSlug = bySlug.get(term.slug);
    if (sameSlug) sameSlug.push(term);
    else bySlug.set(term.slug, [term]);
  }

  const terms: ResolvedTerm[] = [];
  const bySpelling = new Map<string, ResolvedTerm>();
  for (const [slug, group] of bySlug) {
    group.sort((a, b) => uses(b) - uses(a) || (a.label < b.label ? -1 : 1));
    const [kept, ...clashing] = group as [ResolvedTerm, ...ResolvedTerm[]];
    for (const other of clashing) {
      problems.push(problemAt(taxonomy, other, "error",
        `"${other.label}" and "${kept.label}" (${whereUsed(kept)}) are different terms with the same URL /${taxonomy.slug}/${slug}/; ` +
        `use one spelling for both, or rename one of them`));
    }
    // The build stops on these errors; merging keeps the index well-formed for `check` and tests.
    const merged: ResolvedTerm = clashing.length === 0 ? kept : { ...kept, spellings: group.flatMap((t) => t.spellings) };
    terms.push(merged);
    for (const spelling of merged.spellings) bySpelling.set(spelling.text, merged);
  }
  return { taxonomy, terms, bySpelling, problems };
}

export interface TermProblemOptions {
  /**
   * Reads a release file by its `sourcePath`, so a near-duplicate warning can name the
   * line of the term. Called only for the files warned about; without it (or when the
   * file cannot be read) the warning has no line.
   */
  readonly readFile?: (file: string) => Uint8Array | string;
}

/**
 * Warnings for merged spellings and near-duplicate terms, and errors for colliding
 * terms, over every taxonomy.
 */
export function termSpellingProblems(
  releases: readonly Release[],
  config: Pick<SiteConfig, "taxonomies">,
  options: TermProblemOptions = {},
): ContentProblem[] {
  const { readFile } = options;
  const lineOf = readFile && ((file: string, key: string, spelling: string) => {
    try {
      return lineOfTerm(readFile(file), key, spelling);
    } catch {
      return undefined;
    }
  });
  return config.taxonomies.flatMap((taxonomy) => {
    const resolved = resolveTaxonomyTerms(releases, taxonomy);
    return [...resolved.problems, ...nearDuplicateTermProblems(resolved, lineOf)];
  });
}

function uses(term: ResolvedTerm): number {
  return term.spellings.reduce((sum, s) => sum + s.files.length, 0);
}

/** One warning per release that wrote a spelling other than the one shown. */
function mergeWarnings(taxonomy: Taxonomy, term: ResolvedTerm): ContentProblem[] {
  const [shown, ...others] = term.spellings;
  if (!shown) return [];
  return others.flatMap((other) =>
    other.files.map((file) => ({
      file,
      field: taxonomy.key,
      message: `"${other.text}" is shown as "${shown.text}", the spelling ${shown.files.length === 0
        ? "of the controlled list"
        : `used by ${shown.files.length} release${shown.files.length === 1 ? "" : "s"} (e.g. ${shown.files[0]})`}; write it that way`,
      severity: "warning" as const,
    })),
  );
}

function problemAt(taxonomy: Taxonomy, term: ResolvedTerm, severity: ContentProblem["severity"], message: string): ContentProblem {
  const file = term.spellings.flatMap((s) => s.files)[0] ?? "site.json";
  return { file, field: taxonomy.key, message, severity };
}

function whereUsed(term: ResolvedTerm): string {
  const files = term.spellings.flatMap((s) => s.files);
  if (files.length === 0) return "listed in site.json";
  return files.length === 1 ? `used in ${files[0]}` : `used in ${files[0]} and ${files.length - 1} more`;
}
