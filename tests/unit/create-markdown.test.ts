import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFragment, type DefaultTreeAdapterTypes } from "parse5";
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

test("column alignment becomes a class, since the site's Content-Security-Policy blocks style attributes", () => {
  const out = createMarkdown({ allowHtml: false }).render("| Area | 2024 | Note |\n|:---|---:|:---:|\n| Fraud | 1,204 | up |\n");
  assert.match(out, /<th class="align-left">Area<\/th>\n<th class="align-right">2024<\/th>\n<th class="align-center">Note<\/th>/);
  assert.match(out, /<td class="align-right">1,204<\/td>/);
  assert.doesNotMatch(out, /style=/);
});

describe("with markdown.allowHtml, script URLs in raw HTML are removed and everything else stays (issue #16)", () => {
  const md = createMarkdown({ allowHtml: true });
  const vectors: readonly [string, string][] = [
    ["a link", '<a href="javascript:alert(1)">x</a>'],
    ["spaces and mixed case", '<a href=" JaVaScript:alert(1)">x</a>'],
    ["an entity inside the scheme", '<a href="java&#x73;cript:alert(1)">x</a>'],
    ["a tab inside the scheme", '<a href="java&#9;script:alert(1)">x</a>'],
    ["vbscript", '<a href="vbscript:msgbox(1)">x</a>'],
    ["an HTML data URL", '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>'],
    ["an iframe", '<iframe src="javascript:alert(1)"></iframe>'],
    ["a form action", '<form action="javascript:alert(1)"><button>Go</button></form>'],
    ["a button formaction", '<form><button formaction="javascript:alert(1)">Go</button></form>'],
    ["an SVG xlink:href", '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    ["an SVG animation that sets href", '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>'],
    ["an object", '<object data="javascript:alert(1)"></object>'],
    ["a srcset", '<img alt="" srcset="javascript:alert(1) 1x">'],
    ["inside a template", '<template><a href="javascript:alert(1)">x</a></template>'],
    ["a meta refresh", '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">'],
    ["an unfinished tag at the end of the body", '<form action="javascript:alert(1)//'],
  ];
  // Every attribute value as a browser reads it (entities decoded), with the characters
  // URL parsing ignores taken out.
  const attributeValues = (html: string): string[] => {
    const values: string[] = [];
    const walk = (node: DefaultTreeAdapterTypes.ParentNode): void => {
      for (const child of node.childNodes) {
        if (!("attrs" in child)) continue;
        values.push(...child.attrs.map((a) => a.value.replace(/[\u0000-\u0020]/g, "")));
        walk("content" in child ? child.content : child);
      }
    };
    walk(parseFragment(html));
    return values;
  };
  for (const [name, html] of vectors) {
    test(name, () => {
      const out = md.render(`Before.\n\n${html}\n`);
      assert.deepEqual(attributeValues(out).filter((v) => /javascript:|vbscript:|data:text/i.test(v)), [], out);
      assert.doesNotMatch(out, /javascript:|vbscript:|data:text/i, out);
      assert.match(out, /<p>Before\.<\/p>/);
    });
  }

  test("other tags, attributes, scripts, styles, comments and image data URLs are kept", () => {
    const body = [
      '<div class="embed" data-id="7" style="max-width:40em"><iframe src="https://video.example/embed/7" title="Video" allowfullscreen></iframe></div>',
      "",
      '<p>Call <a href="tel:+31201234567">us</a>, <a href="mailto:press@example.org">mail</a>, <a href="/news/2015/09/x/" target="_blank">read</a>, <a href="webcal://cal.example/x.ics">subscribe</a>.</p>',
      "",
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Dot"><svg viewBox="0 0 1 1"><use href="#icon"/></svg>',
      "",
      "<script>window.embed && embed(1 < 2)</script>",
      "<style>.embed { color: red }</style>",
      "<!-- an editor's note -->",
    ].join("\n");
    const out = md.render(body);
    assert.match(out, /<div class="embed" data-id="7" style="max-width:40em"><iframe src="https:\/\/video\.example\/embed\/7" title="Video" allowfullscreen=""><\/iframe><\/div>/);
    for (const kept of ['href="tel:+31201234567"', 'href="mailto:press@example.org"', 'href="/news/2015/09/x/" target="_blank"', 'href="webcal://cal.example/x.ics"',
      'src="data:image/png;base64,iVBORw0KGgo=" alt="Dot"', '<svg viewBox="0 0 1 1"><use href="#icon"></use></svg>',
      "<script>window.embed && embed(1 < 2)</script>", "<style>.embed { color: red }</style>", "<!-- an editor's note -->"]) {
      assert.ok(out.includes(kept), `${kept} in\n${out}`);
    }
  });

  test("a body without raw HTML is markdown-it's output as it was (not written out again)", () => {
    const text = 'A `"quoted"` code span & [a link](https://x.example/?a=1&b=2).\n\n| a |\n|---|\n| 1 |\n';
    assert.equal(md.render(text), createMarkdown({ allowHtml: false }).render(text));
    assert.match(md.render(text), /<code>&quot;quoted&quot;<\/code>/);
  });

  test("without allowHtml, raw HTML stays text and Markdown links are refused as before", () => {
    const out = createMarkdown({ allowHtml: false }).render('<a href="javascript:alert(1)">x</a> [y](javascript:alert(1)) ![i](data:image/png;base64,AA) [d](data:text/html,x)');
    assert.match(out, /&lt;a href=.javascript:alert\(1\).&gt;x&lt;\/a&gt;/);
    assert.doesNotMatch(out, /href="javascript|href="data/);
    assert.match(out, /<img src="data:image\/png;base64,AA" alt="i">/);
  });
});
