import type { CmsSettings } from "../config/site-config.ts";

/**
 * The Content-Security-Policy of /admin/ (sent by `_headers`, lib/hosting/headers-file.ts,
 * and by `npm run cms`). The rest of the site keeps its strict policy
 * (lib/search/content-security-policy.ts); Decap CMS cannot run under it, as loading it in
 * Chromium shows:
 *
 * - `style-src 'unsafe-inline'`: Decap styles itself with Emotion, which writes `<style>`
 *   elements at run time;
 * - `script-src 'unsafe-eval'`: Decap validates config.yml with Ajv, which compiles its
 *   validators with `new Function` ("Error loading the CMS configuration: EvalError");
 * - `connect-src` and `img-src` the git host: its API holds the files and the media,
 *   which Decap keeps and shows as `blob:` URLs, and the editors' avatars come from the host.
 *
 * Logging in opens the host's (or the auth server's) page in a window or by redirect,
 * which no directive of this policy governs.
 */
/** What the editor's policy depends on: the git host it talks to. */
export type AdminPolicySettings = Pick<CmsSettings, "backend"> & Partial<Pick<CmsSettings, "apiUrl" | "authUrl">>;

export function adminContentSecurityPolicy(cms: AdminPolicySettings, localBackend?: string): string {
  const host = hostOrigins(cms);
  // blob: Decap reads back the media and draft backups it keeps as blob URLs.
  const connect = ["'self'", "blob:", ...host.api, ...(localBackend ? [new URL(localBackend).origin] : [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${unique(connect).join(" ")}`,
    `img-src ${unique(["'self'", "data:", "blob:", ...host.images]).join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function hostOrigins(cms: AdminPolicySettings): { api: string[]; images: string[] } {
  const origin = (url: string | undefined) => (url ? [new URL(url).origin] : []);
  if (cms.backend === "gitlab") {
    // PKCE exchanges the login code for a token at the GitLab instance itself.
    const api = [...origin(cms.apiUrl ?? "https://gitlab.com/api/v4"), ...origin(cms.authUrl ?? "https://gitlab.com")];
    return { api, images: [...api, "https://secure.gravatar.com"] };
  }
  return { api: origin(cms.apiUrl ?? "https://api.github.com"), images: ["https://avatars.githubusercontent.com"] };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
