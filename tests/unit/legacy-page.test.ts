import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseLegacyDate } from "../../lib/import/legacy-date.ts";
import { parseLegacyPage } from "../../lib/import/legacy-page.ts";
import { markdownParagraph } from "../../lib/import/markdown-paragraph.ts";
import { ownership, releaseText } from "../../lib/import/release-writer.ts";
import { isAllCaps, sentenceCase } from "../../lib/import/sentence-case.ts";

const page = `\uFEFFSALTBRIDGE COASTGUARD AND POLICE
AGREE ON JOINT PATROLS\r

3 Mar 2016

[Press Release](#)

First paragraph of the body,
wrapped over two lines.

"A quoted paragraph," said the spokesperson.

CRIME AREAS [Drug trafficking](#) • [Money laundering](#)
TARGET GROUPS [General Public](#) • [Press/Journalists](#) •
[Law Enforcement](#)
GENERAL TERMS [Operations](#)

Source URL: <https://old.example.org/newsroom/news/joint-patrols>
`;

describe("parseLegacyPage", () => {
  test("reads headline, date, type label, paragraphs, wrapped chip groups and the source URL, with lines", () => {
    const parsed = parseLegacyPage(page);
    assert.deepEqual(parsed.headline, { value: "SALTBRIDGE COASTGUARD AND POLICE AGREE ON JOINT PATROLS", line: 1 });
    assert.deepEqual(parsed.date, { value: "3 Mar 2016", line: 4 });
    assert.deepEqual(parsed.typeLabel, { value: "Press Release", line: 6 });
    assert.deepEqual(parsed.paragraphs, [
      { value: "First paragraph of the body, wrapped over two lines.", line: 8 },
      { value: '"A quoted paragraph," said the spokesperson.', line: 11 },
    ]);
    assert.deepEqual(parsed.chipGroups, [
      { heading: "CRIME AREAS", terms: ["Drug trafficking", "Money laundering"], line: 13 },
      { heading: "TARGET GROUPS", terms: ["General Public", "Press/Journalists", "Law Enforcement"], line: 14 },
      { heading: "GENERAL TERMS", terms: ["Operations"], line: 16 },
    ]);
    assert.deepEqual(parsed.sourceUrl, { value: "https://old.example.org/newsroom/news/joint-patrols", line: 18 });
  });

  test("a page without source line, type label or chips still has its parts; the date may come after the type", () => {
    const parsed = parseLegacyPage("Ferry checks in Wrenfield\n\n[News](#)\n\n2016-04-01\n\nOne paragraph.\n");
    assert.equal(parsed.headline?.value, "Ferry checks in Wrenfield");
    assert.equal(parsed.date?.value, "2016-04-01");
    assert.equal(parsed.typeLabel?.value, "News");
    assert.equal(parsed.sourceUrl, undefined);
    assert.deepEqual(parsed.chipGroups, []);
    assert.equal(parsed.paragraphs.length, 1);
  });

  test("a chip heading on a line of its own takes the chips below it", () => {
    const parsed = parseLegacyPage("Headline\n\n3 March 2016\n\nBody.\n\nCRIME AREAS\n[Burglary](#) • [Fraud](#)\n");
    assert.deepEqual(parsed.chipGroups.map((g) => [g.heading, g.terms]), [["CRIME AREAS", ["Burglary", "Fraud"]]]);
    assert.deepEqual(parsed.paragraphs.map((p) => p.value), ["Body."]);
  });

  test("a page that is not a release has no date; an empty file has no headline", () => {
    const contact = parseLegacyPage("Contact the press office\n\nPhone: 555 0100\n");
    assert.equal(contact.date, undefined);
    assert.equal(parseLegacyPage("\n\n").headline, undefined);
    assert.equal(parseLegacyPage("3 Mar 2016\n\nBody.").headline, undefined);
  });

  test("a body paragraph with an ordinary link is not a chip group", () => {
    const parsed = parseLegacyPage("Headline\n\n3 Mar 2016\n\nRead the [report](https://old.example.org/r).\n");
    assert.deepEqual(parsed.chipGroups, []);
    assert.equal(parsed.paragraphs.length, 1);
  });
});

describe("parseLegacyDate", () => {
  const zone = "Europe/Amsterdam";
  test("reads the common formats as that day", () => {
    for (const text of ["3 Mar 2016", "3 March 2016", "2016-03-03", "March 3, 2016", "Thursday 3rd March 2016", "3 Mar. 2016"]) {
      assert.deepEqual(parseLegacyDate(text, zone), { ok: true, day: "2016-03-03" }, text);
    }
    assert.deepEqual(parseLegacyDate("30 Sept 2016", zone), { ok: true, day: "2016-09-30" });
  });
  test("an impossible day is refused", () => {
    assert.equal(parseLegacyDate("31 Feb 2016", zone).ok, false);
    assert.equal(parseLegacyDate("Spring 2016", zone).ok, false);
  });
});

describe("sentenceCase", () => {
  test("lowers capitals, keeping names and acronyms the body writes that way", () => {
    const body = "The Havenmark Regional Police and the EU liaison office met in Saltbridge. Police patrols start in April.";
    assert.equal(sentenceCase("HAVENMARK REGIONAL POLICE AND EU START PATROLS IN SALTBRIDGE", body), "Havenmark Regional Police and EU start patrols in Saltbridge");
  });
  test("a word capitalised only at sentence starts is lowered; codes and vowel-less abbreviations keep capitals", () => {
    assert.equal(sentenceCase("POLICE CLOSE A12 NEAR HQ: CCTV APPEAL", "Police said. Traffic police closed it."), "Police close A12 near HQ: CCTV appeal");
  });
  test("accents and possessives", () => {
    assert.equal(sentenceCase("ÉLODIE MARCHAND'S ÉTUDE ON CAFÉ THEFTS", "A study by Élodie Marchand about the café."), "Élodie Marchand's étude on café thefts");
  });
  test("a headline already in mixed case is kept", () => {
    assert.equal(isAllCaps("Patrols in the PORT"), false);
    assert.equal(sentenceCase("Patrols in the PORT", ""), "Patrols in the PORT");
  });
});

describe("markdownParagraph", () => {
  test("escapes what would start a heading, list, quote, rule or fence; keeps the rest", () => {
    assert.equal(markdownParagraph("# 1 in the region"), "\\# 1 in the region");
    assert.equal(markdownParagraph("- 5 arrests"), "\\- 5 arrests");
    assert.equal(markdownParagraph("2016. A record year"), "2016\\. A record year");
    assert.equal(markdownParagraph("> quoted"), "\\> quoted");
    assert.equal(markdownParagraph("***"), "\\***");
    assert.equal(markdownParagraph("```"), "\\```");
    assert.equal(markdownParagraph('"Quotes stay," she said.'), '"Quotes stay," she said.');
    assert.equal(markdownParagraph("a <b>", true), "a \\<b>");
  });
});

describe("release-writer", () => {
  const fields = { title: 'A "quoted" title: yes', date: "2016-03-03", type: "news", terms: new Map([["crime_areas", ["Fraud"]]]), aliases: ["/old/path"], paragraphs: ["Body."] };
  test("a file the importer wrote is the importer's until anyone changes it", () => {
    const text = releaseText(fields, "legacy/a.txt");
    assert.deepEqual(ownership(text), { by: "importer", legacyFile: "legacy/a.txt" });
    assert.deepEqual(ownership(text.replace("Body.", "Body, edited.")), { by: "editor" });
    assert.deepEqual(ownership(text.replace(/^---\n[^\n]*\n/, "---\n")), { by: "editor" });
    assert.deepEqual(ownership(text.replace(/\n/g, "\r\n")), { by: "importer", legacyFile: "legacy/a.txt" });
  });
});
