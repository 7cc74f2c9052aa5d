import assert from "node:assert/strict";
import { test } from "node:test";
import { renderRedirectsFile } from "../../lib/hosting/redirects-file.ts";
import { parseRedirectsFile, redirectFor } from "../../lib/hosting/host-rules.ts";
import type { Redirect } from "../../lib/redirects/redirect.ts";

const redirects: Redirect[] = [
  { from: "/media-press/newsroom/news/some-old-title", to: "/news/2015/09/some-title/", source: "content/releases/a.md" },
  { from: "/media-press/newsroom", to: "/news/", source: "site.json" },
  { from: "/nieuws/café", to: "/news/2016/01/cafe/", source: "content/releases/b.md" },
  { from: "/contact", to: "https://police.example/contact", source: "site.json" },
  { from: "/odd/*:draft", to: "/news/", source: "site.json" },
];

test("one `from to 301` line per old address, the path prefix on both sides, sorted, after a comment saying it is generated", () => {
  const file = renderRedirectsFile({ pathPrefix: "/newsroom/" }, redirects);
  assert.equal(
    file,
    [
      "# Written by `npm run build` from release aliases and site.json redirects; edit those, not this file.",
      "/newsroom/contact https://police.example/contact 301",
      "/newsroom/media-press/newsroom /newsroom/news/ 301",
      "/newsroom/media-press/newsroom/news/some-old-title /newsroom/news/2015/09/some-title/ 301",
      "/newsroom/nieuws/caf%C3%A9 /newsroom/news/2016/01/cafe/ 301",
      "/newsroom/odd/%2A%3Adraft /newsroom/news/ 301",
      "",
    ].join("\n"),
  );
});

test("the same redirects in any order give the same file", () => {
  assert.equal(renderRedirectsFile({ pathPrefix: "/" }, [...redirects].reverse()), renderRedirectsFile({ pathPrefix: "/" }, redirects));
});

test("no redirects: only the comment, which hosts skip", () => {
  assert.deepEqual(parseRedirectsFile(renderRedirectsFile({ pathPrefix: "/" }, [])), []);
});

test("the hosts' reading of the file sends each old address where it was declared, a pattern character matching only itself", () => {
  const rules = parseRedirectsFile(renderRedirectsFile({ pathPrefix: "/" }, redirects));
  assert.equal(redirectFor(rules, "/nieuws/caf%C3%A9")?.to, "/news/2016/01/cafe/");
  assert.equal(redirectFor(rules, "/media-press/newsroom/")?.to, "/news/");
  assert.equal(redirectFor(rules, "/odd/*:draft")?.to, "/news/");
  assert.equal(redirectFor(rules, "/odd/anything"), undefined);
});
