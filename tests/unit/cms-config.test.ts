import assert from "node:assert/strict";
import { test } from "node:test";
import yaml from "js-yaml";
import { DateTime } from "luxon";
import { parseSiteConfig, type SiteConfig } from "../../lib/config/site-config.ts";
import { adminContentSecurityPolicy } from "../../lib/cms/admin-csp.ts";
import { fileNameKey, fileYearKey, releaseFileName } from "../../lib/cms/client/file-name.ts";
import { cmsConfig } from "../../lib/cms/cms-config.ts";
import { renderCmsConfig } from "../../lib/cms/cms-yaml.ts";
import { aliasPattern, releaseFields, slugPattern, urlPattern, type CmsField } from "../../lib/cms/release-fields.ts";
import { baseFrontMatterShape, releaseFrontMatterSchema } from "../../lib/model/release-schema.ts";
import { newRelease } from "../../lib/tools/new-release.ts";
import { fixtureConfig } from "../support/fixture-site.ts";

const config = parseSiteConfig(
  {
    ...fixtureConfig,
    taxonomies: [...fixtureConfig.taxonomies, { key: "regions", label: "Regions", slug: "regions", terms: ["North", "South", "Islands"] }],
    contacts: [
      { key: "press-office", name: "Press office", phone: "+31 20 555 0100", default: true },
      { key: "cyber-duty", name: "Inspector Lotte Verbeek", role: "Duty press officer" },
    ],
  },
  "site.json",
);
const fields = releaseFields(config);
const field = (name: string) => fields.find((f) => f.name === name);

/** The front-matter keys of the schema (base shape and one per taxonomy) without a field of the form. */
function keysWithoutField(site: SiteConfig, form: readonly CmsField[]): string[] {
  const keys = [...Object.keys(baseFrontMatterShape), ...site.taxonomies.map((t) => t.key)];
  return keys.filter((key) => !form.some((f) => f.name === key));
}

test("every front-matter key of the release schema has a field in the CMS form, and the form no other", () => {
  assert.deepEqual(keysWithoutField(config, fields), []);
  const schemaKeys = Object.keys(releaseFrontMatterSchema(config).shape);
  assert.deepEqual(fields.map((f) => f.name).filter((name) => name !== "body" && !schemaKeys.includes(name)), [], "a field the schema would refuse");
  // The check above fails for a key left out, whether of the base shape or a taxonomy.
  assert.deepEqual(keysWithoutField(config, fields.filter((f) => f.name !== "withdrawn" && f.name !== "regions")), ["withdrawn", "regions"]);
});

test("a controlled taxonomy is a select of exactly its terms; a free one a list of text", () => {
  assert.deepEqual(field("regions"), { ...field("regions"), widget: "select", multiple: true, options: ["North", "South", "Islands"], required: false });
  const free = field("crime_areas")!;
  assert.equal(free.widget, "list");
  assert.equal(free.field?.widget, "string");
  assert.equal(free.required, false);
});

test("type is a select of the configured types with the default type; contacts a select of site.json's keys", () => {
  const type = field("type")!;
  assert.equal(type.widget, "select");
  assert.equal(type.default, "press-release");
  assert.deepEqual(type.options?.map((o) => (typeof o === "string" ? o : o.value)), ["press-release", "news", "speech", "statement"]);
  assert.deepEqual(field("contacts")?.options?.map((o) => (typeof o === "string" ? o : o.value)), ["press-office", "cyber-duty"]);
  assert.equal(field("contacts")?.multiple, true);
  const without = releaseFields({ ...config, contacts: [] });
  assert.equal(without.find((f) => f.name === "contacts")?.widget, "hidden", "no contacts to choose: kept, hidden");
});

test("title, date and the text are required; every other field is optional", () => {
  assert.deepEqual(fields.filter((f) => f.required !== false).map((f) => f.name), ["title", "date", "type", "body"]);
  assert.ok(fields.every((f) => typeof f.required === "boolean"), "every field says whether it is required");
});

test("dates are written as the site's wall-clock time, which the build reads in the site's zone", () => {
  for (const name of ["date", "updated"]) {
    assert.equal(field(name)?.widget, "datetime");
    assert.equal(field(name)?.format, "YYYY-MM-DDTHH:mm");
    assert.equal(field(name)?.picker_utc, false);
  }
  assert.equal(field("changes")?.fields?.find((f) => f.name === "date")?.format, "YYYY-MM-DDTHH:mm");
  assert.equal(field("changes")?.fields?.find((f) => f.name === "date")?.default, undefined, "a default would start every release with an empty change");
  assert.match(field("date")!.hint!, /Europe\/Amsterdam/);
});

test("the form's patterns accept and refuse what the schema does", () => {
  const slug = baseFrontMatterShape.slug.unwrap();
  for (const value of ["port-seizure", "a", "x".repeat(120), "Port", "port--seizure", "-port", "port_seizure", "x".repeat(121), ""]) {
    assert.equal(new RegExp(slugPattern).test(value), slug.safeParse(value).success, `slug ${JSON.stringify(value)}`);
  }
  const url = baseFrontMatterShape.source_url.unwrap();
  for (const value of ["https://example.org/release", "http://example.org", "ftp://example.org", "example.org", "https://"]) {
    assert.equal(new RegExp(urlPattern).test(value), url.safeParse(value).success, `url ${value}`);
  }
  assert.equal(field("slug")?.pattern?.[0], slugPattern);
  assert.equal(field("source_url")?.pattern?.[0], urlPattern);
  assert.ok(new RegExp(aliasPattern).test("/news/2026/03/old/") && !new RegExp(aliasPattern).test("news/old"));
});

test("new keys are written in the order npm run new writes them", () => {
  const template = newRelease({ title: "Open day" }, config, DateTime.fromISO("2026-12-01T16:58:41Z")).text;
  const front = template.split("\n---\n")[0]!;
  // Keys as npm run new writes them, switched on or still commented (# summary: …).
  const written = [...front.matchAll(/^(?:# )?([a-z][a-z0-9_]*):/gm)].map((m) => m[1]!).filter((key) => fields.some((f) => f.name === key));
  const formOrder = fields.map((f) => f.name).filter((name) => written.includes(name));
  assert.deepEqual(formOrder, [...new Set(written)]);
  assert.ok(written.length >= 12, `npm run new names most keys (${written.join(", ")})`);
});

test("a new release's path is where npm run new puts it, for titles and times a UTC date or Decap's slug would get wrong", () => {
  const collection = cmsConfig(config).collections[0]!;
  assert.equal(collection.folder, "content/releases");
  assert.equal(collection.path, `{{${fileYearKey}}}/{{slug}}`);
  assert.equal(collection.slug, `{{${fileNameKey}}}`);
  const cases = [
    ["Port of Havenmark: 40 kg of cocaine found", "2026-12-03T09:00"],
    ["Cyber-crime & fraud: Pénal code changes", "2026-03-29T00:30"],
    ["Year's end", "2026-12-31T23:59"],
    ["New year", "2027-01-01T00:15"],
    [`A very long headline ${"about everything ".repeat(10)}`, "2026-06-01T12:00"],
  ] as const;
  for (const [title, date] of cases) {
    const byCli = newRelease({ title, date }, config, DateTime.fromISO("2026-12-01T16:58:41Z"));
    const file = releaseFileName(date, title, undefined);
    // Decap fills the path template with the data keys the admin script set.
    const filled: string = collection.path.replace(`{{${fileYearKey}}}`, file.year).replace("{{slug}}", collection.slug.replace(`{{${fileNameKey}}}`, file.name));
    assert.equal(`${collection.folder}/${filled}.${collection.extension}`, `content/${byCli.file}`, title);
  }
  assert.throws(() => releaseFileName("", "Title", undefined), /Fill in the date/);
  assert.equal(releaseFileName("2026-12-03T09:00", "???", "my-release").name, "2026-12-03-my-release", "a title without letters falls back to slug:");
});

test("media go to the shared media folder the build publishes at /media/, also for the collection", () => {
  const cms = cmsConfig(config);
  assert.equal(cms.media_folder, "content/media");
  assert.equal(cms.public_folder, "/media");
  assert.equal(cms.collections[0]!.media_folder, "/content/media");
  assert.equal(cms.collections[0]!.public_folder, "/media");
  const moved = cmsConfig({ ...config, cms: { ...config.cms, contentFolder: "site/content" } });
  assert.equal(moved.collections[0]!.folder, "site/content/releases");
  assert.equal(moved.media_folder, "site/content/media");
});

test("the backend comes from site.json's cms section; the local proxy only when asked for", () => {
  assert.deepEqual(cmsConfig(config).backend, { name: "github", branch: "main" });
  assert.equal(cmsConfig(config).local_backend, undefined);
  assert.equal(cmsConfig(config).publish_mode, undefined);
  const github = parseSiteConfig({ ...fixtureConfig, cms: { repo: "havenmark/newsroom", editorialWorkflow: true, authUrl: "https://auth.havenmark.example" } }, "site.json");
  assert.deepEqual(cmsConfig(github).backend, { name: "github", repo: "havenmark/newsroom", branch: "main", base_url: "https://auth.havenmark.example" });
  assert.equal(cmsConfig(github).publish_mode, "editorial_workflow");
  assert.equal(releaseFields(config).find((f) => f.name === "draft")?.default, true, "a new release starts as a draft, as with npm run new");
  assert.equal(releaseFields(github).find((f) => f.name === "draft")?.default, false, "unless a pull request keeps it off the site");
  assert.equal(cmsConfig(github, { localBackend: "http://127.0.0.1:8081/api/v1" }).publish_mode, undefined, "the local proxy writes files, it opens no pull requests");
  assert.deepEqual(cmsConfig(github, { localBackend: "http://127.0.0.1:8081/api/v1" }).local_backend, { url: "http://127.0.0.1:8081/api/v1" });
  const gitlab = parseSiteConfig({ ...fixtureConfig, cms: { backend: "gitlab", repo: "police/press/newsroom", appId: "abc123", branch: "production" } }, "site.json");
  assert.deepEqual(cmsConfig(gitlab).backend, { name: "gitlab", repo: "police/press/newsroom", branch: "production", auth_type: "pkce", app_id: "abc123" });
  assert.throws(() => parseSiteConfig({ ...fixtureConfig, cms: { appId: "abc" } }, "site.json"), /cms\.appId: is only used by the gitlab backend/);
  assert.throws(() => parseSiteConfig({ ...fixtureConfig, cms: { repo: "newsroom" } }, "site.json"), /cms\.repo: write the repository as owner\/name/);
  assert.throws(() => parseSiteConfig({ ...fixtureConfig, cms: { rep: "a/b" } }, "site.json"), /cms\.rep: unknown setting.*Did you mean "repo"/s);
});

test("config.yml is the configuration as YAML, every URL with the path prefix", () => {
  const prefixed = parseSiteConfig({ ...fixtureConfig, pathPrefix: "/newsroom/", brand: { logo: { src: "/assets/logo.svg", width: 40, height: 40 } } }, "site.json");
  const cms = cmsConfig(prefixed);
  const text = renderCmsConfig(cms);
  assert.match(text, /^# Written by `npm run build`/);
  assert.deepEqual(yaml.load(text), JSON.parse(JSON.stringify(cms)));
  assert.equal(cms.site_url, "https://fixture.example/newsroom/");
  assert.deepEqual(cms.logo, { src: "/newsroom/assets/logo.svg" });
  assert.equal(cms.public_folder, "/media", "front matter names media without the prefix, as every path in it");
});

test("the editor's Content-Security-Policy allows what Decap needs and the git host, nothing more", () => {
  const github = adminContentSecurityPolicy({ backend: "github" });
  assert.match(github, /script-src 'self' 'unsafe-eval';/);
  assert.match(github, /style-src 'self' 'unsafe-inline';/);
  assert.match(github, /connect-src 'self' blob: https:\/\/api\.github\.com;/);
  assert.match(github, /frame-ancestors 'none'/);
  assert.doesNotMatch(github, /127\.0\.0\.1/);
  assert.match(adminContentSecurityPolicy({ backend: "github" }, "http://127.0.0.1:8081/api/v1"), /connect-src 'self' blob: https:\/\/api\.github\.com http:\/\/127\.0\.0\.1:8081;/);
  assert.match(adminContentSecurityPolicy({ backend: "gitlab", apiUrl: "https://git.police.example/api/v4", authUrl: "https://git.police.example" }), /connect-src 'self' blob: https:\/\/git\.police\.example;/);
});

test("on a multilingual site the language is a select of its languages; on a site of one language both language keys are hidden", () => {
  const multilingual = parseSiteConfig({ ...fixtureConfig, languages: [{ tag: "en", name: "English" }, { tag: "fr", name: "Français" }] }, "site.json");
  const form = releaseFields(multilingual);
  assert.deepEqual(form.find((f) => f.name === "lang")?.options, [{ label: "English", value: "en" }, { label: "Français", value: "fr" }]);
  assert.equal(form.find((f) => f.name === "translation_of")?.widget, "string");
  assert.ok(new RegExp(form.find((f) => f.name === "translation_of")!.pattern![0]).test("2026/2026-02-19-invoice-fraud-warning-businesses.md"));
  assert.deepEqual(fields.filter((f) => f.name === "lang" || f.name === "translation_of").map((f) => f.widget), ["hidden", "hidden"]);
});
