import { html } from "../lib/html/html.ts";
import type { Redirect } from "../lib/redirects/redirect.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";
import { redirectTargetHref, redirectTargetUrl } from "../lib/urls/site-urls.ts";
import { htmlDirection } from "./page-shell.ts";

/**
 * The page at an old address, for hosts that read no `_redirects` (GitHub Pages, a plain
 * web server): an immediate meta refresh, the target as canonical so search engines move
 * their index to it, `noindex` for the old address itself, and a link for readers whose
 * browser does not follow the refresh. It has no `data-pagefind-body`, so search never
 * indexes it, and the sitemaps, built from the model, never list it.
 */
export function renderRedirectPage(site: Newsroom, redirect: Redirect): string {
  const target = redirectTargetHref(site.config, redirect.to);
  const targetUrl = redirectTargetUrl(site.config, redirect.to);
  return (
    "<!doctype html>\n" +
    html`<html lang="${site.config.language}"${htmlDirection(site.config.language)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${site.text.pageMoved} | ${site.config.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${targetUrl}">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="stylesheet" href="${site.assetHref("/assets/site.css")}">
</head>
<body>
<main id="main">
<h1>${site.text.pageMoved}</h1>
<p>${site.text.movedTo(html`<a href="${target}">${targetUrl}</a>`)}</p>
</main>
</body>
</html>
`.value
  );
}
