import assert from "node:assert/strict";
import { test } from "node:test";
import { renderNginxRedirectMap } from "../../lib/hosting/nginx-redirects.ts";

test("an nginx map from the decoded $uri, with and without a trailing slash, to the prefixed target", () => {
  const map = renderNginxRedirectMap({ pathPrefix: "/newsroom/" }, [
    { from: "/nieuws/café", to: "/news/2016/01/cafe/", source: "b.md" },
    { from: "/media-press/newsroom", to: "/news/", source: "site.json" },
    { from: "/contact", to: "https://police.example/contact?a=1&b=$2", source: "site.json" },
  ]);
  assert.equal(
    map,
    [
      "# Written by `npm run build` from release aliases and site.json redirects; edit those, not this file.",
      "# Include it in nginx's http block and reload nginx after every build (docs/nginx.conf.example).",
      "map $uri $newsroom_redirect {",
      '    default "";',
      '    "/newsroom/contact" "https://police.example/contact?a=1&b=%242";',
      '    "/newsroom/contact/" "https://police.example/contact?a=1&b=%242";',
      '    "/newsroom/media-press/newsroom" "/newsroom/news/";',
      '    "/newsroom/media-press/newsroom/" "/newsroom/news/";',
      '    "/newsroom/nieuws/café" "/newsroom/news/2016/01/cafe/";',
      '    "/newsroom/nieuws/café/" "/newsroom/news/2016/01/cafe/";',
      "}",
      "",
    ].join("\n"),
  );
});

test("no redirects: a map that always answers empty", () => {
  assert.match(renderNginxRedirectMap({ pathPrefix: "/" }, []), /map \$uri \$newsroom_redirect \{\n {4}default "";\n\}\n$/);
});
