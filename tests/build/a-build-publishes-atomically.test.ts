import assert from "node:assert/strict";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../lib/build/build-site.ts";
import { BuildError, ContentError } from "../../lib/errors.ts";
import { makeFixtureSite, type FixtureSite } from "../support/fixture-site.ts";
import { finished, startScript } from "../support/run-script.ts";

/** A site big enough that a build takes a few seconds, so a kill lands half-way. */
function siteWith(count: number, word: string): FixtureSite {
  const site = makeFixtureSite();
  for (let i = 0; i < count; i++) {
    site.write(`r-${i}.md`, { title: `${word} release ${i}`, date: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`, crime_areas: [`Area ${i % 7}`], body: `${word} body ${i}.\n\n${"A sentence of the body. ".repeat(40)}` });
  }
  return site;
}

const builds = (site: FixtureSite) => readdirSync(`${site.outDir}.builds`).filter((name) => name.startsWith("build-"));

test("the output is a link swapped in one rename; the store keeps the live build and the one before it, which the next build updates", async () => {
  const site = siteWith(3, "first");
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    assert.ok(lstatSync(site.outDir).isSymbolicLink());
    const first = readlinkSync(site.outDir);
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    const second = readlinkSync(site.outDir);
    assert.notEqual(second, first);
    assert.deepEqual(builds(site).sort(), [path.basename(first), path.basename(second)].sort());
    // The third build brings the first up to date and publishes it; the second is kept as the standby.
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    assert.equal(readlinkSync(site.outDir), first);
    assert.deepEqual(builds(site).sort(), [path.basename(first), path.basename(second)].sort());
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a killed build leaves the previous site whole, and the next build removes what it left", async () => {
  const site = siteWith(60, "before");
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    const before = readFileSync(path.join(site.outDir, "index.html"), "utf8");
    site.write("r-0.md", { title: "after release 0", date: "2025-02-01" });

    const child = startScript("build", ["--out", site.outDir, "--content", site.contentDir]);
    const done = finished(child);
    // Kill as soon as the killed build has written pages into its own folder.
    const staging = await waitFor(() => builds(site).find((name) => name.endsWith(`-${child.pid}`) && existsSync(path.join(`${site.outDir}.builds`, name, "news"))));
    child.kill("SIGKILL");
    assert.equal((await done).signal, "SIGKILL");

    assert.equal(readFileSync(path.join(site.outDir, "index.html"), "utf8"), before);
    assert.ok(existsSync(path.join(`${site.outDir}.builds`, staging)), "the killed build's folder is still there before the next build");
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    assert.ok(!existsSync(path.join(`${site.outDir}.builds`, staging)), "the next build removed the killed build's folder");
    assert.match(readFileSync(path.join(site.outDir, "index.html"), "utf8"), /after release 0/);
    assert.equal(builds(site).length, 2, "the live build and the one before it");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("while a build runs, the output always holds a complete site", async () => {
  const site = siteWith(60, "steady");
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    const child = startScript("build", ["--out", site.outDir, "--content", site.contentDir]);
    const done = finished(child);
    let running = true;
    void done.then(() => (running = false));
    let looks = 0;
    while (running) {
      // Every look sees a home page and the search index of one whole build.
      assert.ok(existsSync(path.join(site.outDir, "index.html")) && existsSync(path.join(site.outDir, "pagefind", "pagefind-entry.json")), "the site was missing or incomplete");
      looks += 1;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    assert.equal((await done).code, 0);
    assert.ok(looks > 50, `looked only ${looks} times`);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a failed build removes its own folder and leaves the live site", async () => {
  const site = siteWith(2, "kept");
  try {
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    const live = readlinkSync(site.outDir);
    site.writeRaw("broken.md", "---\ntitle: [unclosed\n---\n");
    await assert.rejects(buildSite({ contentDir: site.contentDir, outDir: site.outDir }), ContentError);
    assert.equal(readlinkSync(site.outDir), live);
    assert.deepEqual(builds(site), [path.basename(live)]);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("an output that is someone else's link is refused and left as it is", async () => {
  const site = siteWith(1, "linked");
  try {
    const webRoot = path.join(site.root, "www");
    mkdirSync(webRoot);
    writeFileSync(path.join(webRoot, "keep.html"), "theirs");
    symlinkSync(webRoot, site.outDir);
    await assert.rejects(buildSite({ contentDir: site.contentDir, outDir: site.outDir }), (error: unknown) => {
      assert.ok(error instanceof BuildError);
      assert.match(error.message, /is a symbolic link to .*www, which this build did not make/);
      assert.match(error.message, /--out/);
      return true;
    });
    assert.equal(readlinkSync(site.outDir), webRoot);
    assert.deepEqual(readdirSync(webRoot), ["keep.html"]);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a plain output folder from an earlier version is replaced by the link", async () => {
  const site = siteWith(1, "upgrade");
  try {
    mkdirSync(site.outDir);
    writeFileSync(path.join(site.outDir, "stale.html"), "old");
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir });
    assert.ok(lstatSync(site.outDir).isSymbolicLink());
    assert.ok(!existsSync(path.join(site.outDir, "stale.html")));
    assert.equal(builds(site).length, 1);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

for (const [where, outDir] of [
  ["under a file", "/etc/hostname/site"],
  ["in /proc", "/proc/newsroom-site"],
] as const) {
  test(`an output path ${where} gives a message, not a trace or a hang`, async () => {
    const site = siteWith(1, "nowhere");
    try {
      const run = await finished(startScript("build", ["--out", outDir, "--content", site.contentDir]));
      assert.equal(run.code, 1);
      assert.match(run.stderr, new RegExp(`^Cannot write the site to ${outDir}: creating .* failed \\(.+\\)\\. Build into a folder you can write to`));
      assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    } finally {
      await rm(site.root, { recursive: true, force: true });
    }
  });
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
