import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatProblem } from "../../lib/errors.ts";
import { cutSlug, maxSlugLength, toSlug } from "../../lib/model/slug.ts";
import { resolveTaxonomyTerms, spellingKey, termSpellingProblems } from "../../lib/taxonomy/term-spellings.ts";
import { makeReleases, testConfig } from "../support/release-factory.ts";

const config = testConfig();
const targetGroups = config.taxonomies.find((t) => t.key === "target_groups")!;
const crimeAreas = config.taxonomies.find((t) => t.key === "crime_areas")!;

describe("spellings that differ only in case or spacing", () => {
  const releases = makeReleases([
    { title: "One", date: "2015-09-01", file: "r/one.md", terms: { target_groups: ["Press/Journalists"] } },
    { title: "Two", date: "2015-09-02", file: "r/two.md", terms: { target_groups: ["Press/Journalists"] } },
    { title: "Three", date: "2015-09-03", file: "r/three.md", terms: { target_groups: ["press / journalists"] } },
    { title: "Four", date: "2015-09-04", file: "r/four.md", terms: { target_groups: ["PRESS/JOURNALISTS", "Citizens"] } },
  ]);
  const resolved = resolveTaxonomyTerms(releases, targetGroups);

  test("share a key", () => {
    assert.equal(spellingKey("Press / Journalists"), spellingKey("press/journalists"));
    assert.notEqual(spellingKey("Cyber-crime"), spellingKey("Cyber crime"));
  });

  test("are one term, shown in the most used spelling, with its slug", () => {
    const term = resolved.bySpelling.get("press / journalists")!;
    assert.equal(term.label, "Press/Journalists");
    assert.equal(term.slug, "press-journalists");
    assert.equal(resolved.bySpelling.get("PRESS/JOURNALISTS"), term);
    assert.deepEqual(term.spellings.map((s) => s.text), ["Press/Journalists", "PRESS/JOURNALISTS", "press / journalists"]);
    assert.equal(resolved.terms.length, 2);
  });

  test("give one warning per file with another spelling, naming the file and the shown spelling", () => {
    const warnings = resolved.problems.map(formatProblem).sort();
    assert.deepEqual(warnings, [
      'r/four.md: warning: target_groups: "PRESS/JOURNALISTS" is shown as "Press/Journalists", the spelling used by 2 releases (e.g. r/two.md); write it that way',
      'r/three.md: warning: target_groups: "press / journalists" is shown as "Press/Journalists", the spelling used by 2 releases (e.g. r/two.md); write it that way',
    ]);
    assert.ok(resolved.problems.every((p) => p.severity === "warning"));
  });

  test("a tie goes to the spelling that sorts first, so every build shows the same one", () => {
    const tie = makeReleases([
      { title: "A", date: "2015-09-01", terms: { crime_areas: ["drug trafficking"] } },
      { title: "B", date: "2015-09-02", terms: { crime_areas: ["Drug trafficking"] } },
    ]);
    assert.equal(resolveTaxonomyTerms(tie, crimeAreas).terms[0]!.label, "Drug trafficking");
  });
});

describe("different terms whose slugs collide", () => {
  const releases = makeReleases([
    { title: "One", date: "2015-09-01", file: "r/one.md", terms: { crime_areas: ["Cyber-crime & fraud"] } },
    { title: "Two", date: "2015-09-02", file: "r/two.md", terms: { crime_areas: ["Cyber-crime & fraud"] } },
    { title: "Three", date: "2015-09-03", file: "r/three.md", terms: { crime_areas: ["Cyber crime and fraud"] } },
  ]);

  test("are an error naming both spellings and where each is used", () => {
    const problems = termSpellingProblems(releases, config);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, "error");
    assert.equal(
      formatProblem(problems[0]!),
      'r/three.md: crime_areas: "Cyber crime and fraud" and "Cyber-crime & fraud" (used in r/two.md and 1 more) are different terms ' +
        "with the same URL /crime-areas/cyber-crime-and-fraud/; use one spelling for both, or rename one of them",
    );
  });

  test("still resolve to one term (the more used) so the index stays well-formed", () => {
    const resolved = resolveTaxonomyTerms(releases, crimeAreas);
    assert.equal(resolved.terms.length, 1);
    assert.equal(resolved.bySpelling.get("Cyber crime and fraud")?.label, "Cyber-crime & fraud");
  });

  test("a term without letters or digits is an error: it would have no URL", () => {
    const problems = termSpellingProblems(makeReleases([{ title: "X", date: "2015-09-01", file: "r/x.md", terms: { crime_areas: ["???"] } }]), config);
    assert.deepEqual(problems.map(formatProblem), ['r/x.md: crime_areas: "???" gives an empty URL slug; spell the term with letters or digits']);
  });
});

describe("a controlled list", () => {
  const controlled = { ...crimeAreas, terms: ["Drug trafficking", "Environmental crime"] };

  test("keeps listed terms nobody used yet", () => {
    const resolved = resolveTaxonomyTerms(makeReleases([{ title: "A", date: "2015-09-01", terms: { crime_areas: ["Drug trafficking"] } }]), controlled);
    assert.deepEqual(resolved.terms.map((t) => [t.label, t.spellings[0]!.files.length]).sort(), [["Drug trafficking", 1], ["Environmental crime", 0]]);
    assert.deepEqual(resolved.problems, []);
  });
});

describe("a term too long for a folder name (issue #16)", () => {
  const long = `Cooperation between ${"regional and national agencies ".repeat(6)}against organised crime`;

  test("gets a slug cut at a word to at most maxSlugLength, and a warning to shorten it", () => {
    const resolved = resolveTaxonomyTerms(makeReleases([{ title: "A", date: "2015-09-01", file: "r/a.md", terms: { crime_areas: [long] } }]), crimeAreas);
    const slug = resolved.terms[0]!.slug;
    assert.ok(slug.length <= maxSlugLength, `${slug.length}`);
    assert.equal(toSlug(long), slug);
    assert.deepEqual(resolved.problems.map(formatProblem), [
      `r/a.md: warning: crime_areas: "${long}" gives a URL slug of ${long.toLowerCase().replace(/ /g, "-").length} characters, more than the ${maxSlugLength} a folder name may safely have; ` +
        `its page is /crime-areas/${slug}/ (cut at a word). Shorten the term`,
    ]);
  });

  test("two long terms that agree up to the cut are a slug collision, not two pages writing one folder", () => {
    const other = `${long} and terrorism`;
    const problems = termSpellingProblems(makeReleases([
      { title: "A", date: "2015-09-01", file: "r/a.md", terms: { crime_areas: [long] } },
      { title: "B", date: "2015-09-02", file: "r/b.md", terms: { crime_areas: [long, other] } },
    ]), config);
    assert.equal(problems.filter((p) => p.severity === "error").length, 1);
    assert.match(problems.map(formatProblem).join("\n"), /are different terms with the same URL \/crime-areas\//);
  });
});

describe("cutSlug", () => {
  test("cuts at the last hyphen that fits, or inside a word when the only hyphen is far back", () => {
    assert.equal(cutSlug("abcde-fg", 5), "abcde");
    assert.equal(cutSlug("abc-defgh", 5), "abc");
    assert.equal(cutSlug("a-bcdefghij", 5), "a-bcd");
    assert.equal(cutSlug("abcdefghij", 5), "abcde");
    assert.equal(cutSlug("abcd-efghij", 5), "abcd");
    assert.equal(cutSlug("short", 5), "short");
  });
});
