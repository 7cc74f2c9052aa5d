/**
 * Warns about a term that looks like a misspelling of a more used term of the same
 * taxonomy: `"Burglery" — did you mean "Burglary", used by 312 releases?` (issue #10,
 * "Editors see their mistakes where they look"). Spellings that differ only in case or
 * spacing are already one term, and terms whose slugs collide already an error
 * (term-spellings.ts), so this compares resolved terms only and never repeats those.
 *
 * The rules, chosen so that distinct real terms are rarely flagged:
 * - The rarer term is the suspect, and only when the other is used by at least three
 *   times as many releases: a typo is nearly always much rarer than the term it misspells,
 *   while two real terms may be used about equally. Each release that uses the suspect
 *   gets a warning naming the more used term and its count.
 * - Terms are compared case-insensitively and without diacritics: "Délinquance" and
 *   "Delinquence" are one edit apart.
 * - The edits are counted in the word(s) that differ, not in the whole term, so that
 *   "Northern region" / "Southern region" is judged as "Northern" / "Southern".
 *   Words of up to 4 letters are never flagged (one letter turns "Raid" into "Rail");
 *   5 to 9 letters allow one edit; 10 or more allow two (counted on the longer of the
 *   two, so "Traficing" is two edits from "Trafficking"). Swapping two neighbouring letters
 *   ("Burgalry") counts as one edit, as a typist makes it. Two edits in 9 letters are too
 *   often a different name ("Havendale" / "Havengate").
 * - The differing words must start with the same letter: typists seldom get the first
 *   letter wrong, and different names often differ there ("Marbridge" / "Calbridge",
 *   "Northbridge" / "Southbridge").
 * - Terms that differ in a digit ("Operation 2019" / "Operation 2018", "G7" / "G8") are
 *   different things and never flagged.
 * - A singular and its English plural ("Drug" / "Drugs", "Arrest" / "Arrests", "Policy" /
 *   "Policies") are flagged at any word length from 3 letters: a taxonomy that holds both
 *   almost always means one subject spelled two ways, and pages and counts are split
 *   between them.
 * - Taxonomies with a controlled list are skipped: an unknown term is already an error.
 *
 * Cost: sites have tens of thousands of releases and may have thousands of distinct terms
 * per taxonomy, so not every pair is compared. Terms are bucketed by first letter (the
 * rules above keep it) and by length (a match differs by at most two characters, "y" →
 * "ies"); a suspect is compared only with terms used at least three times as often, so
 * the long tail of rare terms is never compared with itself; and a pair is compared only
 * when the letters they contain differ by at most four, which two edits cannot exceed.
 */
import { distance } from "fastest-levenshtein";
import type { ContentProblem } from "../errors.ts";
import type { ResolvedTerm, TaxonomyTerms } from "./term-spellings.ts";

/** The other term must be used by at least this many times as many releases. */
const usesFactor = 3;
/** The most characters a match can differ in length: the plural "y" → "ies". */
const maxLengthDifference = 2;
/**
 * The most letters that may be in one term and not the other: an edit adds or removes at
 * most one letter each, so two edits (or "y" → "ies") change at most four.
 */
const maxLetterChanges = 4;

/** The 1-based line where `file` writes `spelling` under `key`, when it can be found. */
export type TermLineFinder = (file: string, key: string, spelling: string) => number | undefined;

interface Candidate {
  readonly term: ResolvedTerm;
  readonly folded: string;
  /** One bit per letter the folded term contains (see letterBits). */
  readonly letters: number;
  /** Releases that use the term, in any of its spellings. */
  readonly uses: number;
}

/** One warning per release that uses a term which looks like a misspelling of a more used one. */
export function nearDuplicateTermProblems(resolved: TaxonomyTerms, lineOf?: TermLineFinder): ContentProblem[] {
  const { taxonomy } = resolved;
  if (taxonomy.terms) return [];
  const candidates = resolved.terms
    .map((term): Candidate => {
      const folded = foldTerm(term.label);
      return { term, folded, letters: letterBits(folded), uses: releaseCount(term) };
    })
    .filter((c) => c.uses > 0)
    // Most used first, so a suspect's scan stops at the first term not used often enough.
    .sort((a, b) => b.uses - a.uses || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
  const mostUses = candidates[0]?.uses ?? 0;
  const buckets = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = bucketKey(candidate.folded, candidate.folded.length);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(candidate);
    else buckets.set(key, [candidate]);
  }

  const problems: ContentProblem[] = [];
  for (const suspect of candidates) {
    if (suspect.uses * usesFactor > mostUses) continue;
    let best: { candidate: Candidate; edits: number } | undefined;
    for (let length = suspect.folded.length - maxLengthDifference; length <= suspect.folded.length + maxLengthDifference; length++) {
      for (const other of buckets.get(bucketKey(suspect.folded, length)) ?? []) {
        if (other.uses < suspect.uses * usesFactor) break;
        if (bitCount(suspect.letters ^ other.letters) > maxLetterChanges) continue;
        const edits = typoEdits(suspect.folded, other.folded);
        if (edits !== undefined && (!best || isCloser(edits, other, best.edits, best.candidate))) best = { candidate: other, edits };
      }
    }
    if (!best) continue;
    const meant = best.candidate;
    for (const spelling of suspect.term.spellings) {
      for (const file of spelling.files) {
        problems.push({
          file,
          line: lineOf?.(file, taxonomy.key, spelling.text),
          field: taxonomy.key,
          message: `"${spelling.text}" — did you mean "${meant.term.label}", used by ${meant.uses} releases?`,
          severity: "warning",
        });
      }
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Fewest edits first, then the most used, then the first in alphabetical order: every build names the same term. */
function isCloser(edits: number, candidate: Candidate, bestEdits: number, best: Candidate): boolean {
  if (edits !== bestEdits) return edits < bestEdits;
  if (candidate.uses !== best.uses) return candidate.uses > best.uses;
  return candidate.folded < best.folded;
}

/** A release lists a spelling once, but may write two spellings of one term. */
function releaseCount(term: ResolvedTerm): number {
  const [only, ...more] = term.spellings;
  return more.length === 0 ? (only?.files.length ?? 0) : new Set(term.spellings.flatMap((s) => s.files)).size;
}

/** Every match starts with the same letter (see typoEdits) and is about as long. */
function bucketKey(folded: string, length: number): string {
  return `${folded[0]} ${length}`;
}

/** Lower case, diacritics removed, one space between words. */
export function foldTerm(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The edits that turn folded term `a` into folded term `b` when `a` looks like a
 * misspelling of `b` by the rules above, else undefined.
 */
export function typoEdits(a: string, b: string): number | undefined {
  if (a === b) return undefined;
  // Edit distance is unchanged by a common start and end; what remains is what differs.
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a[start] === b[start]) start++;
  let end = 0;
  while (end < shorter - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const partA = a.slice(start, a.length - end);
  const partB = b.slice(start, b.length - end);
  if (Math.abs(partA.length - partB.length) > maxLengthDifference) return undefined;
  if (/\d/.test(partA) || /\d/.test(partB)) return undefined;

  const wordsA = wordsAround(a, start, a.length - end);
  const wordsB = wordsAround(b, start, b.length - end);
  if (isPluralPair(wordsA, wordsB)) return 1;
  // So every match starts with the same letter as its term, which the buckets rely on.
  if (wordsA[0] !== wordsB[0]) return undefined;
  const letters = Math.max(wordsA.length, wordsB.length);
  const allowed = letters <= 4 ? 0 : letters <= 9 ? 1 : 2;
  if (Math.abs(partA.length - partB.length) > allowed) return undefined;
  const swapped = partA.length === 2 && partB.length === 2 && partA[0] === partB[1] && partA[1] === partB[0];
  // With the common start and end gone, one edit leaves at most one character each.
  const edits = swapped || (partA.length <= 1 && partB.length <= 1) ? 1 : distance(partA, partB);
  return edits <= allowed ? edits : undefined;
}

/**
 * One bit per character code modulo 32 (a–z each their own). An edit sets or clears at
 * most one bit each way, so terms within two edits differ in at most four bits.
 */
function letterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= 1 << (text.charCodeAt(i) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The whole word or words of `text` that hold the characters from `from` to `to`. */
function wordsAround(text: string, from: number, to: number): string {
  const first = text.lastIndexOf(" ", from - 1) + 1;
  const last = text.indexOf(" ", to);
  return text.slice(first, last < 0 ? text.length : last);
}

/** "drug" / "drugs", "bus" / "buses", "policy" / "policies", in either order. */
function isPluralPair(a: string, b: string): boolean {
  const [one, many] = a.length <= b.length ? [a, b] : [b, a];
  if (one.length < 3) return false;
  return many === `${one}s` || many === `${one}es` || (one.endsWith("y") && many === `${one.slice(0, -1)}ies`);
}
