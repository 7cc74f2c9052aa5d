import assert from "node:assert/strict";
import { test } from "node:test";
import { encodedPath, redirectPagePath, redirectTargetHref, redirectTargetUrl } from "../../lib/urls/site-urls.ts";

const prefixed = { pathPrefix: "/newsroom/", baseUrl: "https://example.org" };

test("a path is encoded as a browser sends it: spaces and non-ASCII escaped, escapes kept, query and fragment kept", () => {
  assert.equal(encodedPath("/nieuws/café"), "/nieuws/caf%C3%A9");
  assert.equal(encodedPath("/a b/c"), "/a%20b/c");
  assert.equal(encodedPath("/caf%C3%A9"), "/caf%C3%A9", "an escape already there is not escaped again");
  assert.equal(encodedPath("/news/?q=café&page=2#top"), "/news/?q=caf%C3%A9&page=2#top");
  assert.equal(encodedPath("/it's-(new)"), "/it's-(new)", "characters a path may hold stay as they are");
  assert.equal(encodedPath("//evil.example/x"), "/evil.example/x", "never read as another host");
});

test("a redirect target on this site gets the path prefix; another site's URL stays absolute", () => {
  assert.equal(redirectTargetHref(prefixed, "/news/2015/09/port-seizure/"), "/newsroom/news/2015/09/port-seizure/");
  assert.equal(redirectTargetHref(prefixed, "/search/?q=café"), "/newsroom/search/?q=caf%C3%A9");
  assert.equal(redirectTargetHref(prefixed, "https://police.example/contact us"), "https://police.example/contact%20us");
  assert.equal(redirectTargetUrl(prefixed, "/news/"), "https://example.org/newsroom/news/");
  assert.equal(redirectTargetUrl(prefixed, "http://archive.example/old"), "http://archive.example/old");
});

test("a redirect page is written where a static host serves the old path", () => {
  assert.equal(redirectPagePath("/media-press/newsroom/news/some-old-title"), "/media-press/newsroom/news/some-old-title/index.html");
  assert.equal(redirectPagePath("/old/"), "/old/index.html");
  assert.equal(redirectPagePath("/archive/2009/item42.html"), "/archive/2009/item42.html");
  assert.equal(redirectPagePath("/archive/item42.HTM"), "/archive/item42.HTM");
  assert.equal(redirectPagePath("/news/item.aspx"), "/news/item.aspx/index.html", "an HTML file named .aspx would be served as a download");
  assert.equal(redirectPagePath("/nieuws/café"), "/nieuws/café/index.html", "written as the file the decoded request names");
});
