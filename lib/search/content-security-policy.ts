/**
 * The strictest Content-Security-Policy the search page works under, for hosts that set
 * one (README, hosting). Pagefind compiles its WebAssembly search ('wasm-unsafe-eval')
 * and fetches index chunks from the site itself (connect-src 'self'); it runs on the
 * page's thread (noWorker), so no worker source is needed. Tested in the browser by
 * tests/e2e/search-works-under-the-documented-content-security-policy.spec.ts.
 */
export const searchContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "worker-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
