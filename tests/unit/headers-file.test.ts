import assert from "node:assert/strict";
import { test } from "node:test";
import { cacheControl, hostHeaderGroups, renderHeadersFile } from "../../lib/hosting/headers-file.ts";
import { headersFor, parseHeadersFile } from "../../lib/hosting/host-rules.ts";
import { adminContentSecurityPolicy } from "../../lib/cms/admin-csp.ts";
import { searchContentSecurityPolicy } from "../../lib/search/content-security-policy.ts";

const config = {
  pathPrefix: "/newsroom/",
  taxonomies: [
    { key: "crime_areas", label: "Crime areas", slug: "crime-areas" },
    { key: "target_groups", label: "Target groups", slug: "target-groups" },
  ],
};
const file = renderHeadersFile(hostHeaderGroups(config, 3));
const rules = parseHeadersFile(file);
const header = (path: string, name: string) => headersFor(rules, path).filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

test("every response under the prefix carries the search page's Content-Security-Policy, nosniff and a referrer policy", () => {
  for (const path of ["/newsroom/", "/newsroom/search/", "/newsroom/news/2015/09/x/", "/newsroom/pagefind/pagefind.js", "/newsroom/media-press/old/"]) {
    assert.deepEqual(header(path, "Content-Security-Policy"), [searchContentSecurityPolicy], path);
    assert.deepEqual(header(path, "X-Content-Type-Options"), ["nosniff"], path);
    assert.deepEqual(header(path, "Referrer-Policy"), ["strict-origin-when-cross-origin"], path);
  }
  assert.deepEqual(headersFor(rules, "/other-site/"), [], "nothing outside the path prefix");
});

test("immutable caching only for Pagefind's content-named files, in every shard; the rest of Pagefind keeps the host's default", () => {
  for (const path of ["/newsroom/pagefind/fragment/en_c012441.pf_fragment", "/newsroom/pagefind/index/en_326ce73.pf_index", "/newsroom/pagefind/filter/en_288ed56.pf_filter", "/newsroom/pagefind/shards/2/fragment/en_1.pf_fragment", "/newsroom/pagefind/shards/3/index/en_2.pf_index"]) {
    assert.deepEqual(header(path, "Cache-Control"), [cacheControl.immutable], path);
  }
  // Same name whatever the content: the runtime, the language's WebAssembly, the entry file;
  // pf_meta is content-named but sits beside them, where no splat can pick it out alone.
  for (const path of ["/newsroom/pagefind/pagefind.js", "/newsroom/pagefind/wasm.en.pagefind", "/newsroom/pagefind/pagefind-entry.json", "/newsroom/pagefind/pagefind.en_9e7f53d72f.pf_meta", "/newsroom/pagefind/shards/2/pagefind-entry.json", "/newsroom/pagefind/shards/4/fragment/x.pf_fragment"]) {
    assert.deepEqual(header(path, "Cache-Control"), [], path);
  }
});

test("assets keep their names when they change: an hour, never immutable", () => {
  for (const path of ["/newsroom/assets/site.css", "/newsroom/assets/search.js", "/newsroom/assets/newsroom-logo.png"]) {
    assert.deepEqual(header(path, "Cache-Control"), [cacheControl.assets], path);
  }
  assert.doesNotMatch(cacheControl.assets, /immutable/);
});

test("pages, feeds, sitemaps and robots.txt are asked for again on every use", () => {
  for (const path of [
    "/newsroom/",
    "/newsroom/404.html",
    "/newsroom/news/",
    "/newsroom/news/2015/09/port-seizure/",
    "/newsroom/news/page/2/",
    "/newsroom/types/news/",
    "/newsroom/types/news/feed.xml",
    "/newsroom/crime-areas/fraud/",
    "/newsroom/crime-areas/fraud/feed.xml",
    "/newsroom/target-groups/",
    "/newsroom/search/",
    "/newsroom/feed.xml",
    "/newsroom/feed.json",
    "/newsroom/sitemap.xml",
    "/newsroom/sitemaps/sitemap-2.xml",
    "/newsroom/news-sitemap.xml",
    "/newsroom/robots.txt",
  ]) {
    assert.deepEqual(header(path, "Cache-Control"), [cacheControl.revalidate], path);
  }
});

test("no two rules give one path two Cache-Control values (both hosts would send them joined)", () => {
  const paths = rules.map((rule) => rule.path.replace("*", "x/y.z"));
  for (const path of paths) {
    const values = header(path, "Cache-Control");
    assert.ok(values.every((value) => value.match(/max-age/g)?.length === 1), `${path}: ${values.join(" | ")}`);
  }
});

test("within Cloudflare Pages' limits: at most 100 rules, no line over 2,000 characters", () => {
  assert.ok(parseHeadersFile(renderHeadersFile(hostHeaderGroups(config, 5))).length <= 100);
  assert.ok(file.split("\n").every((line) => line.length <= 2000));
});

test("at the site root the rules start at /", () => {
  const root = parseHeadersFile(renderHeadersFile(hostHeaderGroups({ ...config, pathPrefix: "/" }, 1)));
  assert.equal(root[0]!.path, "/*");
  assert.deepEqual(headersFor(root, "/pagefind/fragment/a.pf_fragment").find(([name]) => name === "Cache-Control"), ["Cache-Control", cacheControl.immutable]);
  assert.deepEqual(headersFor(root, "/").find(([name]) => name === "Cache-Control"), ["Cache-Control", cacheControl.revalidate]);
});

test("the editor at /admin/ gets its own Content-Security-Policy instead of the site's, noindex, and revalidation", () => {
  for (const path of ["/newsroom/admin/", "/newsroom/admin/decap-cms.js", "/newsroom/admin/config.yml"]) {
    assert.deepEqual(header(path, "Content-Security-Policy"), [adminContentSecurityPolicy({ backend: "github" })], path);
    assert.deepEqual(header(path, "X-Robots-Tag"), ["noindex"], path);
    assert.deepEqual(header(path, "Cache-Control"), [cacheControl.revalidate], path);
    assert.deepEqual(header(path, "X-Content-Type-Options"), ["nosniff"], path);
  }
  assert.match(file, /^\/newsroom\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /m);
  const gitlab = parseHeadersFile(renderHeadersFile(hostHeaderGroups({ ...config, cms: { backend: "gitlab" } }, 1)));
  assert.match(headersFor(gitlab, "/newsroom/admin/").find(([name]) => name === "Content-Security-Policy")?.[1] ?? "", /connect-src 'self' blob: https:\/\/gitlab\.com/);
});
