import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown } from "../../lib/markdown/create-markdown.ts";

test("site-root links and images in a body get the path prefix; others are left alone", () => {
  const md = createMarkdown({ allowHtml: false, pathPrefix: "/newsroom/" });
  const out = md.render("[a](/news/2015/09/x/) [b](https://x.example/) [c](//cdn.example/y) [d](/newsroom/already/) ![i](/assets/i.png)");
  assert.match(out, /href="\/newsroom\/news\/2015\/09\/x\/"/);
  assert.match(out, /href="https:\/\/x\.example\/"/);
  assert.match(out, /href="\/\/cdn\.example\/y"/);
  assert.match(out, /href="\/newsroom\/already\/"/);
  assert.match(out, /src="\/newsroom\/assets\/i\.png"/);
});

test("a body '# Heading' becomes h2 under the page's h1, and script links are refused", () => {
  const out = createMarkdown({ allowHtml: false }).render("# Big\n\n[x](javascript:alert(1))");
  assert.match(out, /<h2>Big<\/h2>/);
  assert.doesNotMatch(out, /href="javascript:/);
});

test("tables are wrapped in a labelled, focusable scroll region", () => {
  const out = createMarkdown({ allowHtml: false }).render("| a | b |\n|---|---|\n| 1 | 2 |\n");
  assert.match(out, /<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>/);
});
