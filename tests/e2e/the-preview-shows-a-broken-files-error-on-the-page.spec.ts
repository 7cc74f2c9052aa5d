import type { ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { makeFixtureSite, type FixtureSite } from "../support/fixture-site.ts";
import { startScript } from "../support/run-script.ts";
import { expect, expectAccessible, test } from "./support/page-checks.ts";

// The preview's first load and its background search build, on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

let site: FixtureSite;
let preview: ChildProcess;
let output = "";
let url = "";

test.beforeAll(async () => {
  site = makeFixtureSite({}, { "kept.md": { title: "A release that stays", date: "2025-01-01" } });
  // Started with a broken file: the preview must come up anyway and say what is wrong.
  site.writeRaw("broken.md", "---\ntitle: Harbour patrol results\ndate: 2025-11-31\n---\nBody.\n");
  preview = startScript("start", ["--port", "0", "--content", site.contentDir, "--out", path.join(site.root, "preview", "site")]);
  preview.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  preview.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  await expect.poll(() => /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1] ?? "", { timeout: 90_000 }).not.toBe("");
  url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!;
  // Until its worker has read the content the preview answers "loading" (503); the editor then sees the problem.
  await expect.poll(() => output, { timeout: 90_000 }).toMatch(/broken\.md:3: date/);
});

test.afterAll(async () => {
  preview?.kill();
  await rm(site.root, { recursive: true, force: true });
});

test("the preview shows a broken file's error on the page the editor is reading, and recovers when it is fixed", async ({ page }) => {
  await page.goto(url);
  const problem = page.getByRole("alert");
  await expect(problem).toContainText("broken.md:3: date:", { timeout: 60_000 });
  await expect(problem).toContainText("November has 30 days");
  await expectAccessible(page);

  // Saving the fix updates the preview and reloads the open page by itself: no restart, no manual reload.
  site.writeRaw("broken.md", "---\ntitle: Harbour patrol results\ndate: 2025-11-30\n---\nBody.\n");
  await expect(page.getByRole("link", { name: "Harbour patrol results" })).toBeVisible({ timeout: 60_000 });
  await expect(problem).toHaveCount(0);

  // Breaking it again while the page is open shows the new problem there, over the last good content.
  site.writeRaw("broken.md", "---\ntitle: Harbour patrol results\ndate: 2025-11-30\ntype: pres-release\n---\nBody.\n");
  await expect(problem).toContainText('broken.md:4: type: "pres-release" is not a release type', { timeout: 60_000 });
  await expect(page.getByRole("link", { name: "Harbour patrol results" })).toBeVisible();
  expect(output.match(/broken\.md:4: type/g)?.length, "the terminal printed it once").toBe(1);
  expect(output).not.toMatch(/\n\s+at .*\(/);
});
