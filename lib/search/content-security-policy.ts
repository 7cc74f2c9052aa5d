/**
 * The strictest Content-Security-Policy the search page works under, sent with every
 * page through `_headers` (lib/hosting/headers-file.ts, docs/deployment.md). Pagefind
 * compiles its WebAssembly search ('wasm-unsafe-eval') and fetches index chunks from the
 * site itself (connect-src 'self'); it runs in a worker that is the site's own
 * /assets/search.js (worker-src 'self', lib/search/client/search-worker.ts), so the page
 * stays responsive while it works. Tested in the browser, as served from `_headers`, by
 * tests/e2e/search-works-under-the-documented-content-security-policy.spec.ts.
 */
export const searchContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
