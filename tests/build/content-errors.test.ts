import { DateTime } from "luxon";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { ConfigError, ContentError, formatProblem } from "../../lib/errors.ts";
import { maxSlugLength, toSlug } from "../../lib/model/slug.ts";
import { makeFixtureSite, releaseSource } from "../support/fixture-site.ts";
import { runScript } from "../support/run-script.ts";

const problemsOf = (contentDir: string) => loadContent({ contentDir, buildTime: DateTime.now() }).problems.map(formatProblem);

test("two releases that would write the same URL name both files", () => {
  const site = makeFixtureSite({}, {
    "2015/a.md": { title: "Same headline", date: "2015-09-01" },
    "2015/b.md": { title: "Same Headline!", date: "2015-09-20" },
  });
  const problems = problemsOf(site.contentDir);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /releases\/2015\/b\.md: slug: writes the same URL \/news\/2015\/09\/same-headline\/ as .*releases\/2015\/a\.md; give one of them a different title or a slug: field/);
});

test("a file that is not valid UTF-8 is refused with its line", () => {
  const site = makeFixtureSite();
  const bytes = Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\ndate: 2015-01-01\n---\nx\n")]);
  site.writeRaw("latin1.md", bytes);
  assert.match(problemsOf(site.contentDir)[0]!, /latin1\.md:2: encoding: the file is not valid UTF-8; save it as UTF-8/);
});

test("a byte-order mark and CRLF line endings are fine", () => {
  const site = makeFixtureSite();
  site.writeRaw("windows.md", "\uFEFF---\r\ntitle: Written on Windows\r\ndate: 2015-01-01\r\n---\r\nBody line.\r\n");
  const content = loadContent({ contentDir: site.contentDir, buildTime: DateTime.now() });
  assert.deepEqual(content.problems, []);
  assert.equal(content.releases[0]?.title, "Written on Windows");
});

test("an invalid release fails the build, lists every problem and leaves the previous site as it was", async () => {
  const site = makeFixtureSite({}, { "good.md": { title: "Good one", date: "2016-03-04" } });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  const before = readFileSync(path.join(site.outDir, "news/2016/03/good-one/index.html"), "utf8");

  site.write("bad.md", { title: "Broken", date: "2016-02-30" });
  site.writeRaw("worse.md", "---\ntitle: X\ndate: 2016-01-01\ntype: speach\n---\n");
  await assert.rejects(buildSite({ contentDir: site.contentDir, outDir: site.outDir }), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.match(error.message, /2 problems in the content; nothing was built/);
    assert.match(error.message, /bad\.md:3: date: 2016-02-30: February 2016 has 29 days; check the day/);
    assert.match(error.message, /worse\.md:4: type: "speach" is not a release type/);
    return true;
  });
  assert.equal(readFileSync(path.join(site.outDir, "news/2016/03/good-one/index.html"), "utf8"), before);
  assert.ok(!existsSync(path.join(site.outDir, "news/2016/02")), "nothing of the failed build was written");
  const { readdirSync, readlinkSync } = await import("node:fs");
  const builds = readdirSync(`${site.outDir}.builds`).filter((name) => name.startsWith("build-"));
  assert.deepEqual(builds, [path.basename(readlinkSync(site.outDir))], "no staging folder is left behind, only the live build");
});

test("a rebuild leaves no stale pages behind", async () => {
  const site = makeFixtureSite({}, { "old.md": { title: "Old headline", date: "2016-03-04" } });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  assert.ok(existsSync(path.join(site.outDir, "news/2016/03/old-headline/index.html")));
  mkdirSync(path.join(site.outDir, "stray"), { recursive: true });
  writeFileSync(path.join(site.outDir, "stray/index.html"), "left over");

  site.writeRaw("old.md", releaseSource({ title: "New headline", date: "2016-03-04" }));
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  assert.ok(existsSync(path.join(site.outDir, "news/2016/03/new-headline/index.html")));
  assert.ok(!existsSync(path.join(site.outDir, "news/2016/03/old-headline")));
  assert.ok(!existsSync(path.join(site.outDir, "stray")));
});

test("drafts are left out of production builds and shown with a banner in development", async () => {
  const site = makeFixtureSite({}, {
    "published.md": { title: "Published", date: "2016-03-04" },
    "draft.md": { title: "Not yet", date: "2016-03-05", draft: true, body: "Secret plan." },
  });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  assert.ok(!existsSync(path.join(site.outDir, "news/2016/03/not-yet")));
  assert.doesNotMatch(readFileSync(path.join(site.outDir, "index.html"), "utf8"), /Not yet/);

  await buildSite({ contentDir: site.contentDir, outDir: site.outDir, mode: "development" });
  const draft = readFileSync(path.join(site.outDir, "news/2016/03/not-yet/index.html"), "utf8");
  assert.match(draft, /class="draft-banner"[^>]*><strong>Draft<\/strong>/);
  assert.match(draft, /<meta name="robots" content="noindex">/);
});

test("raw HTML in a Markdown body is shown as text unless markdown.allowHtml is set; script links are refused either way", async () => {
  const body = "Before.\n\n<div class=\"embed\">Embedded <b>video</b></div>\n\n<p><a href=\" JaVaScript:alert(1)\" class=\"x\">Watch</a></p>\n";
  const site = makeFixtureSite({}, { "a.md": { title: "Embed", date: "2016-03-04", body } });
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  const page = () => readFileSync(path.join(site.outDir, "news/2016/03/embed/index.html"), "utf8");
  assert.match(page(), /&lt;div class=.embed.&gt;Embedded &lt;b&gt;video&lt;\/b&gt;&lt;\/div&gt;/);

  const allowing = makeFixtureSite({ markdown: { allowHtml: true } }, { "a.md": { title: "Embed", date: "2016-03-04", body } });
  await buildSite({ contentDir: allowing.contentDir, outDir: allowing.outDir });
  const allowed = readFileSync(path.join(allowing.outDir, "news/2016/03/embed/index.html"), "utf8");
  assert.match(allowed, /<div class="embed">Embedded <b>video<\/b><\/div>/);
  assert.match(allowed, /<p><a class="x">Watch<\/a><\/p>/);
  assert.doesNotMatch(allowed, /javascript:/i);
});

test("a headline and a term too long for a folder name build, at URLs cut at a word (issue #16)", async () => {
  const title = `Police ${"and partner agencies ".repeat(14)}mark the end of the harbour security week`;
  const term = `Cooperation ${"between regional and national agencies ".repeat(8)}`.trim();
  const site = makeFixtureSite({}, { "long.md": { title, date: "2016-03-04", crime_areas: [term] } });
  const content = loadContent({ contentDir: site.contentDir, root: site.root, buildTime: DateTime.now() });
  const [release] = content.releases;
  assert.ok(release && release.slug.length <= maxSlugLength && toSlug(term).length <= maxSlugLength);
  assert.deepEqual(content.problems.map((p) => `${p.severity} ${p.field}`), ["warning slug", "warning crime_areas"]);
  await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
  assert.ok(existsSync(path.join(site.outDir, `news/2016/03/${release.slug}/index.html`)));
  assert.ok(existsSync(path.join(site.outDir, `crime-areas/${toSlug(term)}/index.html`)));
});

test(".MD and .markdown files under releases/ are releases too; other files are not (issue #16)", () => {
  const site = makeFixtureSite();
  site.writeRaw("2016/UPPER.MD", releaseSource({ title: "Written on Windows", date: "2016-03-01" }));
  site.writeRaw("2016/long.markdown", releaseSource({ title: "Long extension", date: "2016-03-02" }));
  site.writeRaw("2016/Mixed.Markdown", releaseSource({ title: "Mixed case", date: "2016-03-03" }));
  site.writeRaw("2016/notes.txt", releaseSource({ title: "Not a release", date: "2016-03-04" }));
  site.writeRaw("2016/draft.md.bak", releaseSource({ title: "A backup", date: "2016-03-05" }));
  const content = loadContent({ contentDir: site.contentDir, buildTime: DateTime.now() });
  assert.deepEqual(content.problems, []);
  assert.deepEqual(content.releases.map((r) => r.title), ["Mixed case", "Long extension", "Written on Windows"]);
});

test("check reports control characters and clock-change times as warnings with file and line, and keeps the release (issue #16)", () => {
  const site = makeFixtureSite();
  site.writeRaw("2026/pasted.md", "---\ntitle: Harbour\u0001 patrol\ndate: 2026-03-29T02:30\n---\nFirst paragraph.\n\nPasted\u000Bfrom Word.\n");
  const content = loadContent({ contentDir: site.contentDir, root: site.root, buildTime: DateTime.now() });
  assert.deepEqual(content.problems.map(formatProblem), [
    "content/releases/2026/pasted.md:2: warning: title: delete the invisible character U+0001 (start of heading) at line 2; it was probably pasted from a word processor",
    "content/releases/2026/pasted.md:7: warning: body: delete the invisible character U+000B (vertical tab) at line 7; it was probably pasted from a word processor",
    "content/releases/2026/pasted.md:3: warning: date: 2026-03-29T02:30 does not exist in Europe/Amsterdam (clocks go forward at 02:00); it was read as 03:30. Write the time you mean",
  ]);
  assert.equal(content.releases[0]?.title, "Harbour patrol");
  assert.doesNotMatch(content.releases[0]?.body ?? "", /\u000B/);
});

test("a site.json that check and build would both refuse names each field and the fix (issue #16)", () => {
  const site = makeFixtureSite({ language: "en_GB", baseUrl: "https://example.org/newsroom", ...({ pathprefix: "/newsroom/" } as object) });
  assert.throws(() => loadContent({ contentDir: site.contentDir, buildTime: DateTime.now() }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /site\.json: language: "en_GB" is not a BCP 47 tag; did you mean "en-GB"\?/);
    assert.match(error.message, /site\.json: baseUrl: must be the origin only; put \/newsroom\/ in pathPrefix/);
    assert.match(error.message, /site\.json: pathprefix: unknown setting; remove it or correct its name\. Did you mean "pathPrefix"\?/);
    return true;
  });
});

test("check warns about a term that looks like a misspelling of a more used one, with its line, and says why a date is impossible (issue #10)", async () => {
  const site = makeFixtureSite({}, {
    "2016/a.md": { title: "Break-in at the harbour", date: "2016-03-01", crime_areas: ["Burglary"] },
    "2016/b.md": { title: "Break-in at the station", date: "2016-03-02", crime_areas: ["Burglary"] },
    "2016/c.md": { title: "Break-in at the school", date: "2016-03-03", crime_areas: ["Burglary"] },
    "2016/typo.md": { title: "Break-in at the museum", date: "2016-03-04", crime_areas: ["Burglery"] },
    "2016/late.md": { title: "Thirty-first", date: "2016-11-31" },
  });
  const check = await runScript("check", ["--content", site.contentDir]);
  assert.match(check.stdout, /releases\/2016\/typo\.md:5: warning: crime_areas: "Burglery" — did you mean "Burglary", used by 3 releases\?\n/);
  assert.match(check.stdout, /releases\/2016\/late\.md:3: date: 2016-11-31: November has 30 days; check the day\n/);
  assert.equal(check.code, 1, check.stderr);
});
