import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateTime } from "luxon";
import { parseSiteConfig } from "../../lib/config/site-config.ts";
import { parseRelease } from "../../lib/content/parse-release.ts";
import { formatProblem } from "../../lib/errors.ts";
import { createMarkdown } from "../../lib/markdown/create-markdown.ts";
import { cutSlug, maxSlugLength } from "../../lib/model/slug.ts";
import { fixtureConfig } from "../support/fixture-site.ts";

const config = parseSiteConfig(
  {
    ...fixtureConfig,
    taxonomies: [
      ...fixtureConfig.taxonomies!,
      { key: "organisations", label: "Organisations", slug: "organisations", terms: ["Coastal Guard Service", "Customs Authority"] },
    ],
  },
  "test",
);
const md = createMarkdown({ allowHtml: false });
/** The instant these tests build at: lifecycle dates after it are errors. */
const buildTime = DateTime.fromISO("2026-12-01T12:00:00", { zone: "Europe/Amsterdam" });
const parse = (text: string) => parseRelease("content/releases/x.md", text, config, md, buildTime);
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe("a valid release", () => {
  test("becomes a Release with site-zone date, URL, default type and derived summary", () => {
    const { release, problems } = parse("---\ntitle: Port check\ndate: 2015-09-11\ncrime_areas: Drug trafficking\n---\nThe lead paragraph.\n\nMore.\n");
    assert.deepEqual(problems, []);
    assert.equal(release?.date, "2015-09-11T00:00:00.000+02:00");
    assert.equal(release?.url, "/news/2015/09/port-check/");
    assert.equal(release?.type, "press-release");
    assert.equal(release?.summary, "The lead paragraph.");
    assert.deepEqual(release?.terms["crime_areas"], ["Drug trafficking"]);
  });

  test("a date-time with an offset is moved into the site zone for year and month", () => {
    const { release } = parse("---\ntitle: New year\ndate: 2015-12-31T23:30:00-05:00\n---\nBody.\n");
    assert.equal(release?.year, "2016");
    assert.equal(release?.month, "01");
    assert.equal(release?.url, "/news/2016/01/new-year/");
  });

  test("a slug field overrides the title's slug", () => {
    assert.equal(parse("---\ntitle: A long headline\ndate: 2020-01-02\nslug: short\n---\nx\n").release?.url, "/news/2020/01/short/");
  });
});

describe("bad input is refused with file, line, field and a fix", () => {
  const cases: [string, string, RegExp][] = [
    ["invalid YAML", "---\ntitle: a\ndate: 2015-01-01\nsummary: a: b: c\n---\n", /^content\/releases\/x\.md:4: front matter: invalid YAML: bad indentation/],
    ["missing title", "---\ndate: 2015-01-01\n---\nx", /^content\/releases\/x\.md: title: is required; add a headline/],
    ["missing date", "---\ntitle: T\n---\nx", /^content\/releases\/x\.md: date: is required; add e\.g\. date: 2015-09-11/],
    ["impossible date", "---\ntitle: T\ndate: 2015-02-30\n---\nx", /^content\/releases\/x\.md:3: date: 2015-02-30: February 2015 has 28 days; check the day$/],
    ["unparseable date", "---\ntitle: T\ndate: 11 September 2015\n---\nx", /^content\/releases\/x\.md:3: date: "11 September 2015" is not a date; write it as 2015-09-11/],
    ["updated before date", "---\ntitle: T\ndate: 2015-02-10\nupdated: 2015-02-01\n---\nx", /^content\/releases\/x\.md:4: updated: 2015-02-01 is before the release date 2015-02-10/],
    ["unknown type", "---\ntitle: T\ndate: 2015-02-10\ntype: speach\n---\nx", /^content\/releases\/x\.md:4: type: "speach" is not a release type; use one of press-release, news, speech, statement\. Did you mean "speech"\?/],
    ["taxonomy typo", "---\ntitle: T\ndate: 2015-02-10\ncrime_area:\n  - Fraud\n---\nx", /^content\/releases\/x\.md:4: crime_area: unknown key\. Did you mean "crime_areas"\?/],
    ["empty term", "---\ntitle: T\ndate: 2015-02-10\ncrime_areas:\n  - Fraud\n  - \"\"\n---\nx", /^content\/releases\/x\.md:6: crime_areas\[2\]: a term is empty/],
    ["term in a list written without indentation", "---\ntitle: T\ndate: 2015-02-10\ncrime_areas:\n- Fraud\n- \"\"\n---\nx", /^content\/releases\/x\.md:6: crime_areas\[2\]: a term is empty/],
    ["term that is not text", "---\ntitle: T\ndate: 2015-02-10\ntarget_groups:\n  - 42\n---\nx", /^content\/releases\/x\.md:5: target_groups\[1\]: each term must be text/],
    ["term outside a controlled list", "---\ntitle: T\ndate: 2015-02-10\norganisations:\n  - Coastal Guard Servise\n---\nx", /^content\/releases\/x\.md:5: organisations\[1\]: "Coastal Guard Servise" is not in the controlled list of Organisations\. Did you mean "Coastal Guard Service"\?/],
    ["source_url not http(s)", "---\ntitle: T\ndate: 2015-02-10\nsource_url: ftp://example.org/x\n---\nx", /^content\/releases\/x\.md:4: source_url: must be an absolute http\(s\) URL/],
    ["no front matter", "Just text\n", /^content\/releases\/x\.md:1: front matter: the file does not start with a front-matter block/],
    ["draft that is not a boolean", "---\ntitle: T\ndate: 2015-02-10\ndraft: yes please\n---\nx", /^content\/releases\/x\.md:4: draft: must be true or false/],
    ["title with no usable slug", "---\ntitle: 日本\ndate: 2015-02-10\n---\nx", /^content\/releases\/x\.md:2: slug: the title "日本" gives an empty URL slug; add slug:/],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      const result = parse(text);
      assert.equal(result.release, undefined, "no release is produced");
      assert.ok(messages(text).some((m) => expected.test(m)), `expected ${expected} in:\n${messages(text).join("\n")}`);
    });
  }
});

test("a title with HTML stays plain text in the model (templates escape it)", () => {
  assert.equal(parse("---\ntitle: <script>alert(1)</script>\ndate: 2015-01-01\n---\nx").release?.title, "<script>alert(1)</script>");
});

test("a summary is derived from the first paragraph, plain text, cut at a word boundary", () => {
  const long = "Word ".repeat(120).trim();
  const { release } = parse(`---\ntitle: T\ndate: 2015-01-01\n---\n## Heading first\n\nThe **lead** with a [link](https://x.example) and ${long}\n`);
  assert.ok(release!.summary.startsWith("The lead with a link and Word"));
  assert.ok(release!.summary.length <= 301, `length ${release!.summary.length}`);
  assert.ok(release!.summary.endsWith("Word…"));
});

describe("invisible control characters (issue #16)", () => {
  const warnings = (text: string) => parse(text).problems.filter((p) => p.severity === "warning").map(formatProblem);

  test("a vertical tab in the body is a warning naming its line in the file; the release keeps everything else", () => {
    const text = "---\ntitle: Port check\ndate: 2015-09-11\n---\nFirst line.\n\nA soft\u000Bbreak from Word.\nAnd\u000Banother.\n";
    const { release, problems } = parse(text);
    assert.deepEqual(problems.map(formatProblem), [
      "content/releases/x.md:7: warning: body: delete the invisible character U+000B (vertical tab) at line 7; it was probably pasted from a word processor",
    ]);
    assert.equal(release?.body, "First line.\n\nA softbreak from Word.\nAndanother.\n");
  });

  test("a raw U+0001 in a title is a warning, not a YAML error, and is left out of the title and slug", () => {
    const { release, problems } = parse("---\ntitle: Harbour\u0001 patrol\ndate: 2015-09-11\n---\nx\n");
    assert.deepEqual(problems.map(formatProblem), [
      "content/releases/x.md:2: warning: title: delete the invisible character U+0001 (start of heading) at line 2; it was probably pasted from a word processor",
    ]);
    assert.equal(release?.title, "Harbour patrol");
    assert.equal(release?.slug, "harbour-patrol");
  });

  test("one written as an escape in a quoted title, summary or term is found in the parsed value", () => {
    const text = '---\ntitle: "Harbour\\x01 patrol"\ndate: 2015-09-11\nsummary: "Boats\\vchecked."\ncrime_areas:\n  - Fraud\n  - "Drug\\x1Ftrafficking"\n---\nx\n';
    const { release } = parse(text);
    assert.deepEqual(warnings(text), [
      "content/releases/x.md:7: warning: crime_areas: delete the invisible character U+001F (unit separator) at line 7, written as an escape in quotes; pages and feeds leave it out",
      "content/releases/x.md:2: warning: title: delete the invisible character U+0001 (start of heading) at line 2, written as an escape in quotes; pages and feeds leave it out",
      "content/releases/x.md:4: warning: summary: delete the invisible character U+000B (vertical tab) at line 4, written as an escape in quotes; pages and feeds leave it out",
    ]);
    assert.equal(release?.title, "Harbour patrol");
    assert.equal(release?.summary, "Boatschecked.");
    assert.deepEqual(release?.terms["crime_areas"], ["Fraud", "Drugtrafficking"]);
  });

  test("one warning per field, at the first such character; a term list counts as one field", () => {
    const text = "---\ntitle: T\u0007\ndate: 2015-09-11\ncrime_areas:\n  - Fraud\u0002\n  - Arson\u0003\n---\n\u000Cone\n\u000Ctwo\n";
    assert.deepEqual(warnings(text), [
      "content/releases/x.md:2: warning: title: delete the invisible character U+0007 (bell) at line 2; it was probably pasted from a word processor",
      "content/releases/x.md:5: warning: crime_areas: delete the invisible character U+0002 (start of text) at line 5; it was probably pasted from a word processor",
      "content/releases/x.md:8: warning: body: delete the invisible character U+000C (form feed) at line 8; it was probably pasted from a word processor",
    ]);
  });

  test("body lines are counted in the file, after front matter opened with trailing spaces", () => {
    assert.match(warnings("--- \ntitle: T\n\n---\n\nBody\u000B.\n")[0]!, /^content\/releases\/x\.md:6: warning: body: .* at line 6;/);
  });

  test("a DEL or C1 control in front matter, which YAML refuses, is an error naming the character", () => {
    assert.deepEqual(messages("---\ntitle: Caf\u0080\ndate: 2015-09-11\n---\nx\n"), [
      "content/releases/x.md:2: front matter: holds the invisible control character U+0080, which YAML does not allow; delete it (it was probably pasted from another program)",
    ]);
  });
});

describe("slugs longer than a folder name may safely be (issue #16)", () => {
  const words = Array.from({ length: 30 }, (_, i) => `word${i}`);
  const longTitle = words.join(" ");

  test("a title's slug is cut at a word to at most maxSlugLength, with a warning that says how to choose it", () => {
    const { release, problems } = parse(`---\ntitle: ${longTitle}\ndate: 2015-09-11\n---\nx\n`);
    assert.ok(release, "the release is still built");
    assert.ok(release.slug.length <= maxSlugLength, `${release.slug.length}`);
    assert.ok(words.join("-").startsWith(`${release.slug}-`), "cut at a hyphen");
    assert.deepEqual(problems.map(formatProblem), [
      `content/releases/x.md:2: warning: slug: the title gives a URL slug of ${words.join("-").length} characters, more than the ${maxSlugLength} ` +
        `a folder name may safely have; it was cut at a word to ${release.slug}. To choose it yourself, add slug: with at most ${maxSlugLength} lower-case letters, digits and hyphens`,
    ]);
  });

  test("an explicit slug over the maximum is an error with a shorter one to use", () => {
    const slug = "a-".repeat(70) + "end";
    const text = `---\ntitle: T\ndate: 2015-09-11\nslug: ${slug}\n---\nx\n`;
    assert.equal(parse(text).release, undefined);
    assert.deepEqual(messages(text), [
      `content/releases/x.md:4: slug: is ${slug.length} characters, longer than the ${maxSlugLength} a URL slug may have (it becomes a folder name, and file systems limit those); shorten it, e.g. slug: ${cutSlug(slug, 60)}`,
    ]);
  });

  test("a slug of exactly the maximum is fine", () => {
    const slug = "a".repeat(maxSlugLength);
    assert.deepEqual(parse(`---\ntitle: T\ndate: 2015-09-11\nslug: ${slug}\n---\nx\n`).problems, []);
  });
});

describe("dates (issue #16)", () => {
  test("years outside 1000–9999 are refused in date and updated, in the site zone", () => {
    assert.deepEqual(messages("---\ntitle: T\ndate: 0000-01-01\n---\nx\n"), [
      'content/releases/x.md:3: date: "0000-01-01" falls in the year 0 in Europe/Amsterdam; dates must lie in the years 1000 to 9999, which sitemaps and feeds can carry. Check the year',
    ]);
    assert.deepEqual(messages("---\ntitle: T\ndate: 2015-01-01\nupdated: 9999-12-31T23:30:00-05:00\n---\nx\n"), [
      'content/releases/x.md:4: updated: "9999-12-31T23:30:00-05:00" falls in the year 10000 in Europe/Amsterdam; dates must lie in the years 1000 to 9999, which sitemaps and feeds can carry. Check the year',
    ]);
  });

  test("a local time the spring clock change skips is a warning on its line", () => {
    const { release, problems } = parse("---\ntitle: T\ndate: 2026-03-29T02:30\n---\nx\n");
    assert.deepEqual(problems.map(formatProblem), [
      "content/releases/x.md:3: warning: date: 2026-03-29T02:30 does not exist in Europe/Amsterdam (clocks go forward at 02:00); it was read as 03:30. Write the time you mean",
    ]);
    assert.equal(release?.date, "2026-03-29T03:30:00.000+02:00");
  });
});

describe("contacts and joint releases (issue #11)", () => {
  const withContacts = parseSiteConfig({
    ...fixtureConfig,
    contacts: [
      { key: "press-office", name: "Press office", phone: "+31 20 555 0100", default: true },
      { key: "duty-cyber", name: "Mira Jansen", email: "cyber@havenmark.example" },
    ],
  }, "test");
  const parseWith = (text: string) => parseRelease("content/releases/x.md", text, withContacts, md, buildTime);

  test("a release keeps the contact keys it names and the organisations that issued it", () => {
    const { release, problems } = parseWith("---\ntitle: T\ndate: 2015-02-10\ncontacts:\n  - duty-cyber\n  - press-office\nauthor:\n  - Fixture Agency\n  - \" Harbour   Customs \"\n---\nx");
    assert.deepEqual(problems, []);
    assert.deepEqual(release?.contacts, ["duty-cyber", "press-office"]);
    assert.deepEqual(release?.author, ["Fixture Agency", "Harbour Customs"]);
    assert.deepEqual(parseWith("---\ntitle: T\ndate: 2015-02-10\ncontacts: duty-cyber\nauthor: Harbour Customs\n---\nx").release?.author, ["Harbour Customs"]);
    const plain = parseWith("---\ntitle: T\ndate: 2015-02-10\n---\nx").release;
    assert.deepEqual([plain?.contacts, plain?.author], [[], []]);
  });

  test("an unknown contact key is an error on its line, counted from one, with the closest key", () => {
    const text = "---\ntitle: T\ndate: 2015-02-10\ncontacts:\n  - press-office\n  - duty-cyberr\n---\nx";
    assert.equal(parseWith(text).release, undefined);
    assert.deepEqual(parseWith(text).problems.map(formatProblem), [
      'content/releases/x.md:6: contacts[2]: "duty-cyberr" is not a contact in site.json. Did you mean "duty-cyber"?',
    ]);
    assert.match(parseWith("---\ntitle: T\ndate: 2015-02-10\ncontacts: [spokesperson]\n---\nx").problems.map(formatProblem).join("\n"),
      /x\.md:4: contacts\[1\]: "spokesperson" is not a contact in site\.json\. Use one of: press-office, duty-cyber\./);
  });

  test("a site without contacts says where to add them; wrong shapes are refused", () => {
    assert.match(messages("---\ntitle: T\ndate: 2015-02-10\ncontacts:\n  - press-office\n---\nx").join("\n"), /x\.md:5: contacts\[1\]: "press-office" is not a contact in site\.json\. site\.json has no contacts; add them there/);
    assert.match(messages("---\ntitle: T\ndate: 2015-02-10\ncontacts:\n  key: press-office\n---\nx").join("\n"), /x\.md:4: contacts: must be a list of contact keys from site\.json/);
    assert.match(messages("---\ntitle: T\ndate: 2015-02-10\nauthor:\n  - Fixture Agency\n  - \"\"\n---\nx").join("\n"), /x\.md:6: author\[2\]: an organisation is empty/);
    assert.match(messages("---\ntitle: T\ndate: 2015-02-10\nauthors:\n  - Fixture Agency\n---\nx").join("\n"), /x\.md:4: authors: unknown key\. Did you mean "author"\?/);
  });
});
