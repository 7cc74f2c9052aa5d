import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSite } from "../../lib/build/build-site.ts";
import { projectRoot, runScript } from "../support/run-script.ts";
import { expect, logIn, reportAxe, test } from "./support/cms-checkout.ts";

// Issue #12: the local editor (npm run cms) against a copy of the sample's content.
test.describe.configure({ timeout: 120_000 });

const buildTime = "2026-12-01T12:00:00+01:00";

test("an editor writes a release in the browser: the file lands where npm run new puts it, passes check, and the next build shows it with its terms", async ({ page, cmsCheckout }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await logIn(page, cmsCheckout.url);
  await reportAxe(page, "the list of releases");

  await page.getByRole("link", { name: "Create entry of type Release" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toBeVisible();
  await reportAxe(page, "a new release's form");

  // Half past midnight in the site's zone: the day before in UTC, which Decap's own {{day}} would use.
  await page.getByLabel("Title", { exact: true }).fill("Port of Havenmark: 40 kg of cocaine & heroin found");
  await page.getByLabel("Date", { exact: true }).first().fill("2026-11-20T00:30");
  await page.getByLabel("Type", { exact: true }).click();
  await page.getByText("News", { exact: true }).click();
  await page.getByRole("button", { name: "Add term" }).nth(0).click();
  await page.getByLabel("Term", { exact: true }).last().fill("Drug trafficking");
  await page.getByRole("button", { name: "Add term" }).nth(1).click();
  await page.getByLabel("Term", { exact: true }).last().fill("Press/Journalists");
  // A new release starts as a draft, as with npm run new; this one is ready.
  const draft = page.getByLabel(/^Draft/);
  await expect(draft).toHaveAttribute("aria-checked", "true");
  await draft.click();
  await expect(draft).toHaveAttribute("aria-checked", "false");
  const text = page.locator("[aria-label='markdown field'] [contenteditable=true]");
  await text.click();
  // The text opens as plain Markdown: a blank line between paragraphs.
  await page.keyboard.type("Customs officers found the drugs during a routine scan of a banana container.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("## What happens next");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The investigation continues.");

  // The preview pane shows the release with the site's own stylesheet.
  const preview = page.frameLocator("iframe").first();
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Port of Havenmark: 40 kg of cocaine & heroin found");
  await expect(preview.locator("link[href='/assets/site.css']")).toHaveCount(1);

  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await expect(page.getByText("Entry saved")).toBeVisible();

  // Where `npm run new -- "…" --date 2026-11-20T00:30` would write it: the slug spells "&" out.
  const file = path.join(cmsCheckout.contentDir, "releases/2026/2026-11-20-port-of-havenmark-40-kg-of-cocaine-and-heroin-found.md");
  await expect.poll(() => existsSync(file), { message: file }).toBe(true);
  const written = readFileSync(file, "utf8");
  test.info().annotations.push({ type: "written", description: written });
  expect(written).toMatch(/^---\ntitle: "Port of Havenmark: 40 kg of cocaine & heroin found"\ndate: 2026-11-20T00:30\ntype: news\ncrime_areas:\n {2}- Drug trafficking\ntarget_groups:\n {2}- Press\/Journalists\ndraft: false\n---\n/);
  expect(cmsCheckout.git("status", "--porcelain")).toBe("?? content/releases/2026/2026-11-20-port-of-havenmark-40-kg-of-cocaine-and-heroin-found.md\n");

  const check = await runScript("check", ["--content", cmsCheckout.contentDir, "--build-time", buildTime]);
  expect(check.code, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).toMatch(/0 errors, 0 warnings/);

  const outDir = path.join(cmsCheckout.repoDir, "_site");
  await buildSite({ contentDir: cmsCheckout.contentDir, publicDir: path.join(projectRoot, "public"), outDir, buildTime, log: () => undefined });
  const page2 = readFileSync(path.join(outDir, "news/2026/11/port-of-havenmark-40-kg-of-cocaine-and-heroin-found/index.html"), "utf8");
  expect(page2).toContain("<h1 data-pagefind-weight=\"10\" data-pagefind-meta=\"title\">Port of Havenmark: 40 kg of cocaine &amp; heroin found</h1>");
  expect(page2).toMatch(/<a class="chip" rel="tag" href="\/crime-areas\/drug-trafficking\/">Drug trafficking<\/a>/);
  expect(page2).toMatch(/<a class="chip" rel="tag" href="\/target-groups\/press-journalists\/">Press\/Journalists<\/a>/);
  expect(page2).toContain("<p>Customs officers found the drugs during a routine scan of a banana container.</p>");
  expect(page2).toMatch(/<h2[^>]*>What happens next<\/h2>/);
  // The time the editor picked, read in the site's zone (not the browser's, not UTC).
  expect(page2).toContain('<time datetime="2026-11-20T00:30:00.000+01:00">20 November 2026, 00:30 CET</time>');
});
