import assert from "node:assert/strict";
import { test } from "node:test";
import { html, jsonLd, trustedHtml } from "../../lib/html/html.ts";

test("interpolated text is escaped in element and attribute context", () => {
  const title = `<script>alert("x")</script> & 'quotes'`;
  assert.equal(
    html`<h1 title="${title}">${title}</h1>`.value,
    `<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</h1>`,
  );
});

test("nested html and arrays are not escaped twice; null, undefined and false render nothing", () => {
  const items = ["a&b", "c"].map((x) => html`<li>${x}</li>`);
  assert.equal(html`<ul>${items}${null}${undefined}${false}</ul>`.value, "<ul><li>a&amp;b</li><li>c</li></ul>");
});

test("trustedHtml is the one way to emit raw markup", () => {
  assert.equal(html`<div>${trustedHtml("<p>body</p>")}</div>`.value, "<div><p>body</p></div>");
});

test("JSON-LD cannot be closed early by a string in the data", () => {
  const out = jsonLd({ headline: "</script><script>alert(1)</script>" }).value;
  assert.equal(out.match(/<\/script>/g)?.length, 1);
  assert.deepEqual(JSON.parse(out.replace(/^<script[^>]*>|<\/script>$/g, "")), { headline: "</script><script>alert(1)</script>" });
});
