/**
 * The browser editor (issue #12): every build writes /admin/ with Decap CMS, its
 * configuration made from site.json and the release schema, and keeps it out of the
 * reader's site: not in the sitemap or the search index, disallowed in robots.txt, with
 * its own Content-Security-Policy in `_headers`.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import yaml from "js-yaml";
import { buildSite } from "../../lib/build/build-site.ts";
import { adminContentSecurityPolicy } from "../../lib/cms/admin-csp.ts";
import { decapBundleFiles } from "../../lib/cms/admin-files.ts";
import type { CmsConfig } from "../../lib/cms/cms-config.ts";
import { headersFor, parseHeadersFile } from "../../lib/hosting/host-rules.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";

const site = makeFixtureSite(
  { pathPrefix: "/newsroom/", cms: { repo: "havenmark/newsroom", editorialWorkflow: true } },
  {
    "2026/port.md": { title: "Port seizure", date: "2026-11-20T10:00", crime_areas: ["Drug trafficking"] },
    "2025/appeal.md": { title: "Appeal for witnesses", date: "2025-03-01", target_groups: ["Citizens"] },
  },
);
const read = (file: string) => readFileSync(path.join(site.outDir, file), "utf8");

describe("the built site's editor at /admin/", () => {
  before(async () => {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: "2026-12-01T12:00:00+01:00", log: () => undefined });
  });
  after(() => rm(site.root, { recursive: true, force: true }));

  test("/admin/ holds the page, config.yml, the admin script and Decap's bundle with every chunk it loads", () => {
    const page = read("admin/index.html");
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.match(page, /<script src="\/newsroom\/admin\/decap-cms\.js"><\/script>/);
    assert.match(page, /<script src="\/newsroom\/admin\/newsroom-cms\.js" data-newsroom-cms="/);
    assert.match(page, /href="\/newsroom\/admin\/config\.yml" type="text\/yaml" rel="cms-config-url"/);
    assert.doesNotMatch(page, /data-pagefind-body/);
    const { files } = decapBundleFiles();
    assert.ok(files.filter((file) => /^\d+\.decap-cms\.js$/.test(file)).length > 10, "Decap loads chunks from beside its script");
    for (const file of files) assert.ok(existsSync(path.join(site.outDir, "admin", file)), file);
    assert.ok(read("admin/newsroom-cms.js").length > 1000);
  });

  test("config.yml is made from site.json and the release schema", () => {
    const config = yaml.load(read("admin/config.yml")) as CmsConfig;
    assert.deepEqual(config.backend, { name: "github", repo: "havenmark/newsroom", branch: "main" });
    assert.equal(config.publish_mode, "editorial_workflow");
    assert.equal(config.local_backend, undefined, "the built site never names a local proxy");
    const releases = config.collections[0]!;
    assert.equal(releases.folder, "content/releases");
    const shown = releases.fields.filter((field) => field.widget !== "hidden").map((field) => field.name);
    assert.deepEqual(shown.slice(0, 6), ["title", "date", "type", "summary", "crime_areas", "target_groups"]);
    assert.equal(shown.at(-1), "body");
  });

  test("robots.txt disallows the editor; the sitemap and the search index leave it out", () => {
    assert.match(read("robots.txt"), /^Disallow: \/newsroom\/admin\/$/m);
    assert.doesNotMatch(read("sitemap.xml"), /admin/);
    const fragments = ["pagefind", "pagefind/shards/2"].flatMap((bundle) => {
      const dir = path.join(site.outDir, bundle, "fragment");
      return readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).subarray(12).toString("utf8")) as { url: string });
    });
    assert.deepEqual(fragments.map((f) => f.url).sort(), ["/news/2025/03/appeal-for-witnesses/", "/news/2026/11/port-seizure/"]);
  });

  test("_headers sends the editor's own Content-Security-Policy instead of the site's, and noindex", () => {
    const rules = parseHeadersFile(read("_headers"));
    const csp = (sitePath: string) => headersFor(rules, sitePath).filter(([name]) => name === "Content-Security-Policy").map(([, value]) => value);
    assert.deepEqual(csp("/newsroom/admin/"), [adminContentSecurityPolicy({ backend: "github" })]);
    assert.doesNotMatch(csp("/newsroom/news/")[0]!, /'unsafe-inline'|'unsafe-eval'/, "the rest of the site keeps its policy");
    assert.ok(headersFor(rules, "/newsroom/admin/decap-cms.js").some(([name, value]) => name === "X-Robots-Tag" && value === "noindex"));
  });

  test("an old address at /admin/ is refused: it is the editor's", async () => {
    site.write("2025/moved.md", { title: "Moved", date: "2025-04-01", aliases: ["/admin"] });
    await assert.rejects(
      buildSite({ contentDir: site.contentDir, outDir: path.join(site.root, "_refused"), buildTime: "2026-12-01T12:00:00+01:00", log: () => undefined }),
      /aliases: \/admin is also a page of the site \(the editor\)/,
    );
  });
});
