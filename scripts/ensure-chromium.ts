/**
 * Finds a Chromium for the browser tests (NEWSROOM_CHROMIUM, CHROMIUM_PATH,
 * /usr/bin/chromium, Playwright's own). Browser downloads are blocked on these
 * machines, so as root with apt-get it installs Debian's chromium itself, saying so.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "../tests/e2e/support/chromium.ts";

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = chromiumExecutable() ?? playwrightsOwn();
if (found) {
  console.log(`Browser tests use Chromium at ${found}.`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (!chromiumExecutable()) {
    console.error("apt-get finished but /usr/bin/chromium is still missing; install a Chromium and set NEWSROOM_CHROMIUM to its path.");
    process.exit(1);
  }
  console.log("Installed /usr/bin/chromium.");
} else {
  console.error(
    "No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) " +
      "or set NEWSROOM_CHROMIUM=/path/to/chromium, then run npm test again.",
  );
  process.exit(1);
}
