import { readFileSync } from "node:fs";
import path from "node:path";
import { runScript } from "../support/run-script.ts";
import { expect, reportAxe, test } from "./support/cms-checkout.ts";

// Issue #12: saving an existing release in the editor rewrites only what the editor changed.
test.describe.configure({ timeout: 120_000 });

const release = "content/releases/2025/2025-01-23-crypto-investment-scam-14-victims.md";

test("an editor corrects the summary of a release: the diff is that one line, key order (aliases before changes) and body as they were", async ({ page, cmsCheckout }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const before = readFileSync(path.join(cmsCheckout.repoDir, release), "utf8");
  expect(before, "the sample writes aliases before changes, the reverse of the form's order").toMatch(/^aliases:[\s\S]*^changes:/m);

  await page.goto(cmsCheckout.url);
  await expect(page.getByRole("button", { name: "Login" })).toBeVisible();
  await reportAxe(page, "the login page");
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByRole("link", { name: "Crypto-investment scam: 14 victims lost a total of 2.1 million euros" }).click();
  const summary = page.getByLabel(/^Summary/);
  await expect(summary).toHaveValue(/^Two men have been arrested in Havenmark/);
  await reportAxe(page, "an existing release's form");

  await summary.fill("Two men have been arrested in Havenmark on suspicion of running a fake trading platform that cost 14 people €2.1 million.");
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect(page.getByText("Entry saved")).toBeVisible();

  await expect.poll(() => cmsCheckout.git("diff", "--numstat")).toBe(`1\t1\t${release}\n`);
  const diff = cmsCheckout.git("diff", "--unified=0", "--no-color");
  test.info().annotations.push({ type: "git diff", description: diff });
  const changed = diff.split("\n").filter((line) => /^[-+](?![-+])/.test(line));
  expect(changed).toEqual([
    "-summary: Two men have been arrested in Havenmark on suspicion of running a fake cryptocurrency trading platform that cost 14 people in the region a combined €2.1 million.",
    "+summary: Two men have been arrested in Havenmark on suspicion of running a fake trading platform that cost 14 people €2.1 million.",
  ]);

  const check = await runScript("check", ["--content", cmsCheckout.contentDir, "--build-time", "2026-12-01T12:00:00+01:00"]);
  expect(check.code, check.stdout + check.stderr).toBe(0);
});
