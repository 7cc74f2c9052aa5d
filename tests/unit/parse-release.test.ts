import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseSiteConfig } from "../../lib/config/site-config.ts";
import { parseRelease } from "../../lib/content/parse-release.ts";
import { formatProblem } from "../../lib/errors.ts";
import { createMarkdown } from "../../lib/markdown/create-markdown.ts";
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
const parse = (text: string) => parseRelease("content/releases/x.md", text, config, md);
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
    ["impossible date", "---\ntitle: T\ndate: 2015-02-30\n---\nx", /^content\/releases\/x\.md:3: date: "2015-02-30" is not a real date/],
    ["unparseable date", "---\ntitle: T\ndate: 11 September 2015\n---\nx", /^content\/releases\/x\.md:3: date: "11 September 2015" is not a date; write it as 2015-09-11/],
    ["updated before date", "---\ntitle: T\ndate: 2015-02-10\nupdated: 2015-02-01\n---\nx", /^content\/releases\/x\.md:4: updated: 2015-02-01 is before the release date 2015-02-10/],
    ["unknown type", "---\ntitle: T\ndate: 2015-02-10\ntype: speach\n---\nx", /^content\/releases\/x\.md:4: type: "speach" is not a release type; use one of press-release, news, speech, statement\. Did you mean "speech"\?/],
    ["taxonomy typo", "---\ntitle: T\ndate: 2015-02-10\ncrime_area:\n  - Fraud\n---\nx", /^content\/releases\/x\.md:4: crime_area: unknown key\. Did you mean "crime_areas"\?/],
    ["empty term", "---\ntitle: T\ndate: 2015-02-10\ncrime_areas:\n  - Fraud\n  - \"\"\n---\nx", /^content\/releases\/x\.md:6: crime_areas\[2\]: a term is empty/],
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
