import assert from "node:assert/strict";
import { test } from "node:test";
import { absolutizeHtml } from "../../lib/feeds/absolute-urls.ts";

const page = "https://example.org/newsroom/news/2026/11/port-seizure/";
const abs = (html: string) => absolutizeHtml(html, page);

test("relative links and images resolve against the release's own URL", () => {
  assert.equal(abs('<a href="../appeal/">a</a>'), '<a href="https://example.org/newsroom/news/2026/11/appeal/">a</a>');
  assert.equal(abs('<img src="chart.png" alt="Chart">'), '<img src="https://example.org/newsroom/news/2026/11/port-seizure/chart.png" alt="Chart">');
  assert.equal(abs('<a href="#details">d</a>'), '<a href="https://example.org/newsroom/news/2026/11/port-seizure/#details">d</a>');
  assert.equal(abs('<a href="/contact/">c</a>'), '<a href="https://example.org/contact/">c</a>', "root-relative resolves as a browser on the page would");
});

test("absolute URLs, other schemes and empty values stay exactly as written", () => {
  for (const html of ['<a href="https://other.example/x?a=1&amp;b=2">x</a>', '<a href="mailto:press@example.org">m</a>', '<a href="tel:+31123">t</a>', '<a href="">e</a>']) {
    assert.equal(abs(html), html);
  }
});

test("protocol-relative URLs take the page's scheme", () => {
  assert.equal(abs('<img src="//cdn.example/a.png" alt="">'), '<img src="https://cdn.example/a.png" alt="">');
});

test("entities in a URL are decoded before resolving and escaped again after", () => {
  assert.equal(abs('<a href="report/?year=2024&amp;part=2">r</a>'), '<a href="https://example.org/newsroom/news/2026/11/port-seizure/report/?year=2024&amp;part=2">r</a>');
});

test("raw HTML attributes in single quotes, without quotes and in srcset are resolved too", () => {
  assert.equal(abs("<a href='../x/'>x</a>"), '<a href="https://example.org/newsroom/news/2026/11/x/">x</a>');
  assert.equal(abs("<img src=pic.png alt=x>"), '<img src="https://example.org/newsroom/news/2026/11/port-seizure/pic.png" alt=x>');
  assert.equal(
    abs('<img srcset="a.png 1x, b,c.png 2x" alt="">'),
    '<img srcset="https://example.org/newsroom/news/2026/11/port-seizure/a.png 1x, https://example.org/newsroom/news/2026/11/port-seizure/b,c.png 2x" alt="">',
  );
  assert.equal(abs('<video poster="p.jpg"></video>'), '<video poster="https://example.org/newsroom/news/2026/11/port-seizure/p.jpg"></video>');
});

test("text that merely looks like an attribute is left alone", () => {
  const html = "<p>Write <code>&lt;a href=\"x\"&gt;</code> and data-href=\"y\" in text.</p>";
  assert.equal(abs(html), html);
  assert.equal(abs('<a data-href="x" title="a > b" href="y">z</a>'), '<a data-href="x" title="a > b" href="https://example.org/newsroom/news/2026/11/port-seizure/y">z</a>');
});
