import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { lineOfTerm } from "../../lib/content/term-line.ts";
import { formatProblem } from "../../lib/errors.ts";
import { foldTerm, nearDuplicateTermProblems, typoEdits } from "../../lib/taxonomy/near-duplicate-terms.ts";
import { resolveTaxonomyTerms, termSpellingProblems } from "../../lib/taxonomy/term-spellings.ts";
import type { Release } from "../../lib/model/release.ts";
import { makeReleases, testConfig, type ReleaseSpec } from "../support/release-factory.ts";

const config = testConfig();
const crimeAreas = config.taxonomies.find((t) => t.key === "crime_areas")!;

/** `count` releases r/<name>-<n>.md that each use `term` in crime_areas. */
function using(term: string, count: number, name = foldTerm(term).replace(/\W+/g, "-")): ReleaseSpec[] {
  return Array.from({ length: count }, (_, n) => ({
    title: `${term} ${n}`,
    date: `2015-09-${String((n % 28) + 1).padStart(2, "0")}`,
    file: `r/${name}-${n + 1}.md`,
    terms: { crime_areas: [term] },
  }));
}

const warningsFor = (releases: readonly Release[]) => nearDuplicateTermProblems(resolveTaxonomyTerms(releases, crimeAreas)).map(formatProblem);
const suspected = (rare: string, common: string, commonUses = 3) => warningsFor(makeReleases([...using(rare, 1, "rare"), ...using(common, commonUses, "common")])).length > 0;

describe("a term one or two edits from a much more used term", () => {
  test("warns on each release using the rarer term, naming the more used one and its count", () => {
    const releases = makeReleases([...using("Burglary", 12), ...using("Burglery", 2), ...using("Fraud", 3)]);
    assert.deepEqual(warningsFor(releases), [
      'r/burglery-1.md: warning: crime_areas: "Burglery" — did you mean "Burglary", used by 12 releases?',
      'r/burglery-2.md: warning: crime_areas: "Burglery" — did you mean "Burglary", used by 12 releases?',
    ]);
  });

  test("only when the other term is used by at least three times as many releases", () => {
    assert.equal(suspected("Burglery", "Burglary", 3), true);
    assert.equal(suspected("Burglery", "Burglary", 2), false);
    const even = makeReleases([...using("Burglary", 4), ...using("Burglery", 2)]);
    assert.deepEqual(warningsFor(even), [], "4 against 2: either could be the intended one");
  });

  test("counts releases, not spellings: a release writing two spellings of a term counts once", () => {
    const releases = makeReleases([
      ...using("Burglery", 1),
      { title: "Both", date: "2015-09-01", file: "r/both.md", terms: { crime_areas: ["Burglary", "burglary"] } },
      ...using("Burglary", 2),
    ]);
    assert.deepEqual(warningsFor(releases), ['r/burglery-1.md: warning: crime_areas: "Burglery" — did you mean "Burglary", used by 3 releases?']);
  });

  test("names the closest term, and among equally close ones the most used", () => {
    const releases = makeReleases([...using("Robbery", 5), ...using("Robbers", 9), ...using("Robbary", 1)]);
    assert.deepEqual(warningsFor(releases), ['r/robbary-1.md: warning: crime_areas: "Robbary" — did you mean "Robbery", used by 5 releases?']);
    const tie = makeReleases([...using("Arsons", 4), ...using("Arson", 8), ...using("Arsen", 1)]);
    assert.match(warningsFor(tie)[0]!, /"Arsen" — did you mean "Arson", used by 8 releases\?/);
  });

  test("quotes the spelling each release wrote, and says nothing more about case or spacing", () => {
    const releases = makeReleases([...using("Burglery", 1), ...using("burglery", 1, "lower"), ...using("Burglary", 6)]);
    const problems = termSpellingProblems(releases, config).map(formatProblem).sort();
    assert.deepEqual(problems, [
      'r/burglery-1.md: warning: crime_areas: "Burglery" — did you mean "Burglary", used by 6 releases?',
      'r/lower-1.md: warning: crime_areas: "burglery" is shown as "Burglery", the spelling used by 1 release (e.g. r/burglery-1.md); write it that way',
      'r/lower-1.md: warning: crime_areas: "burglery" — did you mean "Burglary", used by 6 releases?',
    ]);
    assert.deepEqual(warningsFor(makeReleases([...using("burglary", 1, "lower"), ...using("Burglary", 9)])), [], "a case variant is a merged spelling, not a near duplicate");
  });

  test("is not looked for in a taxonomy with a controlled list: an unknown term is already an error", () => {
    const listed = testConfig({ taxonomies: [{ key: "crime_areas", label: "Crime areas", slug: "crime-areas", terms: ["Burglary", "Burglery"] }] });
    const releases = makeReleases([...using("Burglary", 9), ...using("Burglery", 1)]);
    assert.deepEqual(termSpellingProblems(releases, listed), []);
  });
});

describe("which pairs look like one term misspelt", () => {
  const edits = (a: string, b: string) => typoEdits(foldTerm(a), foldTerm(b));

  test("a letter wrong, missing, doubled or two letters swapped", () => {
    for (const typo of ["Burglery", "Buglary", "Burglarry", "Burgalry", "burglery"]) assert.equal(edits(typo, "Burglary"), 1, typo);
    assert.equal(edits("Vandalsim", "Vandalism"), 1);
    assert.equal(edits("Enviromental crime", "Environmental crime"), 1);
    assert.equal(edits("Anti-social behaviour", "Antisocial behaviour"), 1);
  });

  test("two edits only in a word of ten letters or more", () => {
    assert.equal(edits("Counterfitting", "Counterfeiting"), 2);
    assert.equal(edits("Traficing", "Trafficking"), 2);
    assert.equal(edits("Havendale", "Havengate"), undefined, "nine letters allow one edit");
    assert.equal(edits("Burgleri", "Burglary"), undefined);
  });

  test("diacritics and case do not count", () => {
    assert.equal(edits("Delinquence", "Délinquance"), 1);
    assert.equal(edits("WILDLIFE CRIM", "Wildlife crime"), 1);
  });

  test("a singular and its English plural, even in short words", () => {
    for (const [one, many] of [["Drug", "Drugs"], ["Bus", "Buses"], ["Policy", "Policies"], ["Missing person", "Missing persons"], ["Drug trafficking", "Drugs trafficking"]] as const) {
      assert.equal(edits(one, many), 1, `${one} / ${many}`);
      assert.equal(edits(many, one), 1, `${many} / ${one}`);
    }
    assert.equal(edits("Ox", "Oxes"), undefined, "too short to tell");
  });

  test("not different words that happen to be close", () => {
    const distinct = [
      ["Raid", "Rail"], // four letters or fewer: one letter makes another word
      ["Youth", "Truth"],
      ["Murder", "Border"],
      ["Missing", "Mission"], // two edits in seven letters
      ["Northern region", "Southern region"], // judged on the word that differs
      ["East district", "West district"],
      ["Marbridge", "Calbridge"], // a different first letter
      ["Northbridge", "Southbridge"],
      ["Operation 2019", "Operation 2018"], // a different number
      ["G7 summit", "G8 summit"],
      ["Drug trafficking", "Arms trafficking"],
    ] as const;
    for (const [a, b] of distinct) {
      assert.equal(edits(a, b), undefined, `${a} / ${b}`);
      assert.equal(edits(b, a), undefined, `${b} / ${a}`);
    }
    assert.equal(suspected("Raid", "Rail", 50), false);
  });
});

describe("on thousands of distinct terms", () => {
  // Terms with made-up typos, plurals and neighbours, used Zipf-like: the buckets and
  // letter filter must find exactly what comparing every pair finds.
  let seed = 2026;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const syllables = ["bur", "gla", "ry", "fra", "ud", "ar", "son", "rob", "be", "van", "dal", "ism", "traf", "fic", "king", "po", "li", "cy", "s", "e"];
  const words = Array.from({ length: 400 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(""));
  const terms = new Set<string>();
  while (terms.size < 1500) {
    const base = Array.from({ length: 1 + Math.floor(random() * 2) }, () => words[Math.floor(random() * words.length)]).join(" ");
    const at = Math.floor(random() * base.length);
    const roll = random();
    terms.add(roll < 0.5 ? base : roll < 0.7 ? base.slice(0, at) + base.slice(at + 1) : roll < 0.85 ? `${base}s` : base.slice(0, at) + "e" + base.slice(at + 1));
  }
  const specs: ReleaseSpec[] = [];
  [...terms].filter((t) => t.trim() !== "").forEach((term, i) => {
    const count = Math.max(1, Math.round(40 / (1 + (i % 60))));
    for (let n = 0; n < count; n++) specs.push({ title: `t${i} ${n}`, date: "2015-09-01", file: `r/${i}-${n}.md`, terms: { crime_areas: [term] } });
  });
  const resolved = resolveTaxonomyTerms(makeReleases(specs), crimeAreas);

  interface Match { readonly label: string; readonly edits: number; readonly uses: number }
  /** Fewest edits, then the most used, then alphabetical. */
  const closer = (a: Match, b: Match) => a.edits - b.edits || b.uses - a.uses || (foldTerm(a.label) < foldTerm(b.label) ? -1 : 1);

  test("finds what comparing every pair finds", () => {
    const uses = new Map(resolved.terms.map((t) => [t, new Set(t.spellings.flatMap((s) => s.files)).size]));
    const expected: string[] = [];
    for (const suspect of resolved.terms) {
      let best: Match | undefined;
      for (const other of resolved.terms) {
        if (uses.get(other)! < 3 * uses.get(suspect)!) continue;
        const e = typoEdits(foldTerm(suspect.label), foldTerm(other.label));
        const found = { label: other.label, edits: e ?? Infinity, uses: uses.get(other)! };
        if (e !== undefined && (!best || closer(found, best) < 0)) best = found;
      }
      if (best) for (const file of suspect.spellings.flatMap((s) => s.files)) expected.push(`${file} ${suspect.label} → ${best.label} (${best.uses})`);
    }
    const found = nearDuplicateTermProblems(resolved).map((p) => {
      const [, rare, meant, count] = /^"(.*)" — did you mean "(.*)", used by (\d+) releases\?$/.exec(p.message)!;
      return `${p.file} ${rare} → ${meant} (${count})`;
    });
    assert.ok(expected.length > 50, `the generated terms hold near duplicates (${expected.length})`);
    assert.deepEqual(found.sort(), expected.sort());
  });
});

describe("the line of a term in its file", () => {
  const file = '---\ntitle: "Break-ins"\ndate: 2015-09-01\ncrime_areas:\n  - Fraud\n  - "Burglery"\ntarget_groups: [Citizens]\n---\nBody.\n';

  test("is the list item's line", () => {
    assert.equal(lineOfTerm(file, "crime_areas", "Burglery"), 6);
    assert.equal(lineOfTerm(Buffer.from(`\uFEFF${file.replace(/\n/g, "\r\n")}`), "crime_areas", "Burglery"), 6, "byte-order mark and CRLF");
  });

  test("is the key's line for a list written on one line, or a term not found", () => {
    assert.equal(lineOfTerm(file, "target_groups", "Citizens"), 7);
    assert.equal(lineOfTerm(file, "crime_areas", "Arson"), 4);
  });

  test("is unknown when the front matter cannot be read", () => {
    assert.equal(lineOfTerm("no front matter", "crime_areas", "Fraud"), undefined);
    assert.equal(lineOfTerm(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff]), "crime_areas", "Fraud"), undefined);
  });

  test("is given to the warning when the checker can read the file", () => {
    const releases = makeReleases([...using("Burglary", 6), ...using("Burglery", 1)]);
    const [warning] = termSpellingProblems(releases, config, { readFile: () => file });
    assert.equal(warning && formatProblem(warning), 'r/burglery-1.md:6: warning: crime_areas: "Burglery" — did you mean "Burglary", used by 6 releases?');
    const [unreadable] = termSpellingProblems(releases, config, { readFile: () => { throw new Error("gone"); } });
    assert.equal(unreadable?.line, undefined);
  });
});
