import { escapeHtml } from "../html/html.ts";

/**
 * What the preview adds to every HTML page it serves: a live-reload listener, and the
 * current problem (a broken file, code that cannot load), shown where the editor is
 * looking. Never part of any built file: the preview server adds it on the way out.
 */
export const eventsPath = "__newsroom/events";

export function injectPreview(page: string, eventsUrl: string, error: string | undefined, heading = "The preview could not be updated. The page below shows the last content that worked. Fix this and save; the page reloads by itself."): string {
  const script = `<script>new EventSource(${JSON.stringify(eventsUrl)}).addEventListener("reload", () => location.reload());</script>`;
  const banner = error ? errorBanner(heading, error) : "";
  const withBanner = banner ? page.replace(/<body[^>]*>/, (body) => `${body}${banner}`) : page;
  return withBanner.includes("</body>") ? withBanner.replace("</body>", `${script}</body>`) : `${withBanner}${script}`;
}

/**
 * The whole page when there is no site to lay the message over (no content has been valid
 * yet, or a page failed to render); a main landmark and a heading, like every page.
 */
export function errorPage(error: string, eventsUrl: string, heading = "The preview cannot show the site yet. Fix this and save; the page reloads by itself."): string {
  const h1 = "margin:1rem 1.25rem;font:bold 1.25rem/1.3 system-ui,sans-serif";
  return injectPreview(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview: the content has a problem</title></head><body><main><h1 style="${h1}">Newsroom preview</h1>${errorBanner(heading, error)}</main></body></html>`, eventsUrl, undefined);
}

function errorBanner(heading: string, error: string): string {
  const style = "margin:0;padding:1rem 1.25rem;background:#fff4e5;color:#1a1a1a;border-bottom:4px solid #b35c00;font:16px/1.5 system-ui,sans-serif";
  return `<div role="alert" id="newsroom-preview-error" style="${style}"><strong>${escapeHtml(heading)}</strong><pre style="white-space:pre-wrap;margin:.5rem 0 0;font:14px/1.4 ui-monospace,monospace">${escapeHtml(error)}</pre></div>`;
}
