import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page, TestInfo } from "@playwright/test";
import { startLocalCms, type LocalCms } from "../../../lib/cms/local-cms.ts";
import { projectRoot } from "../../support/run-script.ts";
import { expect, test as checked } from "./page-checks.ts";

/** A throw-away git checkout of the sample content with `npm run cms` serving it. */
export interface CmsCheckout {
  /** The checkout (a git repository with one commit of content/). */
  readonly repoDir: string;
  readonly contentDir: string;
  /** The editor's page. */
  readonly url: string;
  /** `git …` in the checkout, its output. */
  git(...args: string[]): string;
}

/**
 * Ports of this project's CMS specs (4402–4405, clear of the sample site the Playwright
 * config serves): two per test worker, so parallel specs never share a proxy.
 */
function ports(info: TestInfo): { readonly port: number; readonly proxyPort: number } {
  const base = 4402 + 2 * info.parallelIndex;
  return { port: base, proxyPort: base + 1 };
}

/**
 * The page checks of every spec (empty console, axe available) plus `cmsCheckout`: a copy
 * of the sample's content/ in a new git repository, with the editor of `npm run cms`
 * (lib/cms/local-cms.ts: decap-server in file-system mode and the /admin/ page) on it.
 * Every test gets its own, so one test's saves never show in another's diff.
 */
export const test = checked.extend<{ cmsCheckout: CmsCheckout }>({
  cmsCheckout: async ({}, use, info) => {
    const repoDir = mkdtempSync(path.join(tmpdir(), "newsroom-cms-"));
    const contentDir = path.join(repoDir, "content");
    cpSync(path.join(projectRoot, "content"), contentDir, { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=CMS test", "-c", "user.email=cms@test.invalid", "-c", "core.autocrlf=false", ...args], { cwd: repoDir, encoding: "utf8" });
    git("init", "--quiet");
    git("add", "--all");
    git("commit", "--quiet", "--message", "The sample content");
    const log: string[] = [];
    let cms: LocalCms | undefined;
    try {
      cms = await startLocalCms({
        repoDir,
        contentDir,
        publicDir: path.join(projectRoot, "public"),
        host: "127.0.0.1",
        ...ports(info),
        environment: process.env,
        log: (line) => log.push(line),
      });
      await use({ repoDir, contentDir, url: cms.url, git });
    } finally {
      await cms?.close();
      if (log.length > 0) await info.attach("decap-server.log", { body: log.join("\n"), contentType: "text/plain" });
      await rm(repoDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Opens the editor and logs in with the local proxy (Decap's "Login" button, no account). */
export async function logIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(page.getByRole("heading", { name: "Collections" })).toBeVisible();
}

/**
 * Axe on the editor, reported and not enforced: Decap's own markup is not this project's
 * to fix (issue #12), but its score is said, one annotation per violation.
 */
export async function reportAxe(page: Page, where: string): Promise<number> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const info = test.info();
  info.annotations.push({ type: "axe", description: `${where}: ${results.violations.length} violations (${results.violations.reduce((n, v) => n + v.nodes.length, 0)} elements), ${results.passes.length} rules passed` });
  for (const violation of results.violations) {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ");
    info.annotations.push({ type: `axe ${violation.impact ?? ""}`.trim(), description: `${where}: ${violation.id} (${violation.nodes.length}×): ${violation.help}; e.g. ${targets}` });
  }
  return results.violations.length;
}
