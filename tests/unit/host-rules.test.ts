import assert from "node:assert/strict";
import { test } from "node:test";
import { headersFor, HostRulesError, parseHeadersFile, parseRedirectsFile, redirectFor, redirectLocation } from "../../lib/hosting/host-rules.ts";

const headers = parseHeadersFile(`# a comment

/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:
/news/*
  Cache-Control: public, max-age=0, must-revalidate
/assets/*
  Cache-Control: public, max-age=3600
  # a comment inside a rule
/
  Cache-Control: no-store
/caf%C3%A9/*
  X-Test: café
`);

test("_headers: a path line, then indented Name: value lines; the value may hold colons", () => {
  assert.equal(headers.length, 5);
  assert.deepEqual(headers[0], {
    path: "/*",
    headers: [
      ["X-Content-Type-Options", "nosniff"],
      ["Content-Security-Policy", "default-src 'self'; img-src 'self' data:"],
    ],
  });
});

test("every matching rule adds its headers; a splat matches any run of characters, an exact path only itself", () => {
  const names = (path: string) => headersFor(headers, path).map(([name, value]) => `${name}: ${value}`);
  assert.deepEqual(names("/news/2015/09/x/"), ["X-Content-Type-Options: nosniff", "Content-Security-Policy: default-src 'self'; img-src 'self' data:", "Cache-Control: public, max-age=0, must-revalidate"]);
  assert.deepEqual(names("/"), ["X-Content-Type-Options: nosniff", "Content-Security-Policy: default-src 'self'; img-src 'self' data:", "Cache-Control: no-store"]);
  assert.equal(names("/index.html").length, 2, "the exact rule / does not match /index.html");
  assert.ok(names("/café/x").includes("X-Test: café"), "paths compare decoded: /café is /caf%C3%A9");
  assert.ok(names("/caf%c3%a9/x").includes("X-Test: café"));
});

test("a header two matching rules set is sent once with both values, as the hosts do", () => {
  const overlapping = parseHeadersFile("/*\n  Cache-Control: public, max-age=0\n/pagefind/*\n  cache-control: immutable\n");
  assert.deepEqual(headersFor(overlapping, "/pagefind/x"), [["Cache-Control", "public, max-age=0, immutable"]]);
});

test("a rule's `! Name` removes what earlier rules set before it sets its own, as Cloudflare Pages does", () => {
  const detaching = parseHeadersFile("/*\n  Content-Security-Policy: strict\n  X-A: b\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: loose\n");
  assert.deepEqual(headersFor(detaching, "/admin/"), [["X-A", "b"], ["Content-Security-Policy", "loose"]]);
  assert.deepEqual(headersFor(detaching, "/news/"), [["Content-Security-Policy", "strict"], ["X-A", "b"]]);
});

test("_headers outside the part the build writes is an error naming the line", () => {
  for (const [text, line] of [
    ["  X-A: b\n", 1],
    ["/a\nnot-a-path\n", 2],
    ["/movies/:title\n  X-A: b\n", 1],
    ["/a/*/b/*\n  X-A: b\n", 1],
    ["/a\n  ! not a name\n", 2],
    ["/a\n  no colon here\n", 2],
  ] as const) {
    assert.throws(() => parseHeadersFile(text), (error: unknown) => error instanceof HostRulesError && error.message.startsWith(`_headers:${line}:`), JSON.stringify(text));
  }
});

const redirects = parseRedirectsFile(`# old addresses
/media-press/newsroom /news/ 301
/old-title/ /news/2015/09/title/ 301
/caf%C3%A9 https://other.example/x 302
/moved /search/?q=fraud
`);

test("_redirects: from, to and a status, 301 when none is given", () => {
  assert.deepEqual(redirects.map((r) => r.status), [301, 301, 302, 301]);
  assert.equal(redirects[2]!.to, "https://other.example/x");
});

test("an old address matches with or without a trailing slash, decoded, and only exactly", () => {
  assert.equal(redirectFor(redirects, "/media-press/newsroom")?.to, "/news/");
  assert.equal(redirectFor(redirects, "/media-press/newsroom/")?.to, "/news/");
  assert.equal(redirectFor(redirects, "/old-title")?.to, "/news/2015/09/title/");
  assert.equal(redirectFor(redirects, "/café")?.to, "https://other.example/x");
  assert.equal(redirectFor(redirects, "/media-press/newsroom/news"), undefined);
  assert.equal(redirectFor(redirects, "/media-press"), undefined);
});

test("a redirect passes the request's query string on, unless its target has its own", () => {
  assert.equal(redirectLocation(redirects[0]!, "utm_source=x"), "/news/?utm_source=x");
  assert.equal(redirectLocation(redirects[0]!, ""), "/news/");
  assert.equal(redirectLocation(redirects[3]!, "a=1"), "/search/?q=fraud");
});

test("_redirects outside the part the build writes is an error naming the line", () => {
  for (const [text, line] of [
    ["/a\n", 1],
    ["# c\n/a /b 200\n", 2],
    ["/news/* /archive/:splat 301\n", 1],
    ["/news/:year /archive/:year 301\n", 1],
    ["/a /b 301 Country=nl\n", 1],
    ["a /b 301\n", 1],
  ] as const) {
    assert.throws(() => parseRedirectsFile(text), (error: unknown) => error instanceof HostRulesError && error.message.startsWith(`_redirects:${line}:`), JSON.stringify(text));
  }
});
