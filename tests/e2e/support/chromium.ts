import { existsSync } from "node:fs";

/**
 * Where the browser tests find Chromium: NEWSROOM_CHROMIUM or CHROMIUM_PATH first,
 * then Debian's /usr/bin/chromium; undefined lets Playwright use its own download.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const candidate of [env["NEWSROOM_CHROMIUM"], env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Flags that keep a headless Chromium quiet on a machine without internet. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
