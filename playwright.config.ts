import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./tests/e2e/support/chromium.ts";

const port = Number(process.env["NEWSROOM_E2E_PORT"] ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  // Two cores: one browser worker each; a rebuild per spec would cost more than it gains.
  workers: 2,
  retries: 0,
  reporter: process.env["CI"] ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: "off",
  },
  webServer: {
    // The sample newsroom, built by the production build and served as plain files.
    command: `npm run build && npm run serve -- --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
  },
});
