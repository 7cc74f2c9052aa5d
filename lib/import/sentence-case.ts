/**
 * Old CMSs often stored headlines in capitals ("EXAMPLE AGENCIES AGREE ON JOINT
 * PATROLS"). Sentence case needs to know which words are names and acronyms; the best
 * evidence a page has is its own text: a word the body writes in capitals is an acronym,
 * one it capitalises in mid-sentence (and never writes in lower case) is a name.
 */

const word = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** True when a headline is written in capitals: no lower-case letter, at least two letters. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(text);
}

/** How `reference` writes each word outside sentence starts, by the word in lower case. */
export function wordForms(reference: string): Map<string, Map<string, number>> {
  const forms = new Map<string, Map<string, number>>();
  for (const match of reference.matchAll(word)) {
    const before = reference.slice(0, match.index).replace(/[\s"'“”‘’(«»\-–—]+$/u, "");
    // A capital after a full stop (or at the start) says nothing about the word.
    if (before === "" || /[.!?:\n]$/.test(before)) continue;
    const found = stripPossessive(match[0]).stem;
    const key = found.toLowerCase();
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(found, (counts.get(found) ?? 0) + 1);
    forms.set(key, counts);
  }
  return forms;
}

function stripPossessive(token: string): { stem: string; suffix: string } {
  const m = /^(.+?)(['’][sS])$/u.exec(token);
  return m ? { stem: m[1]!, suffix: m[2]! } : { stem: token, suffix: "" };
}

/** The form of one capitalised word in a sentence-case headline. */
function caseWord(token: string, forms: Map<string, Map<string, number>>): string {
  // Already mixed or lower case in the headline: the writer meant it.
  if (/\p{Ll}/u.test(token)) return token;
  // A12, M25, 3D, G7: codes keep their capitals.
  if (/\p{N}/u.test(token) && /\p{L}/u.test(token)) return token;
  const { stem, suffix } = stripPossessive(token);
  const lowerSuffix = suffix.toLowerCase();
  const seen = forms.get(stem.toLowerCase());
  if (seen) {
    let lower = 0;
    let capitalised: { form: string; count: number } | undefined;
    for (const [form, count] of seen) {
      if (form.length > 1 && !/\p{Ll}/u.test(form)) return stem + lowerSuffix; // an acronym in the body
      if (/^\p{Lu}/u.test(form)) {
        if (!capitalised || count > capitalised.count) capitalised = { form, count };
      } else lower += count;
    }
    if (capitalised && capitalised.count > lower) return capitalised.form + lowerSuffix;
  }
  if (stem === "I") return stem + lowerSuffix;
  // No vowel at all (HQ, NCA, CCTV): an abbreviation, not a word.
  if (/^[A-Z]{2,5}$/.test(stem) && !/[AEIOUY]/.test(stem)) return stem + lowerSuffix;
  return (stem + suffix).toLowerCase();
}

/**
 * `headline` in sentence case: the first word capitalised, every other capitalised word
 * lowered unless `reference` (the body and the terms of the page) shows it is a name or
 * an acronym. A headline that is not in capitals is returned unchanged.
 */
export function sentenceCase(headline: string, reference: string): string {
  if (!isAllCaps(headline)) return headline;
  const forms = wordForms(reference);
  let sentenceStart = true;
  let last = 0;
  let out = "";
  for (const match of headline.matchAll(word)) {
    const between = headline.slice(last, match.index);
    if (/[.!?]\s*$/.test(between)) sentenceStart = true;
    let cased = caseWord(match[0], forms);
    if (sentenceStart) cased = cased.charAt(0).toLocaleUpperCase() + cased.slice(1);
    out += between + cased;
    last = match.index + match[0].length;
    sentenceStart = false;
  }
  return out + headline.slice(last);
}
