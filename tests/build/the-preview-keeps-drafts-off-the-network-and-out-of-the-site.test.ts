import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { startScript } from "../support/run-script.ts";

test("npm start previews drafts from its own folder on localhost, follows deletions and shows a broken file's error in the page", async () => {
  const site = makeFixtureSite({}, {
    "draft.md": { title: "Unpublished draft about the harbour", date: "2025-03-01", draft: true },
    "gone.md": { title: "A release that will be deleted", date: "2025-02-01" },
    "kept.md": { title: "A release that stays", date: "2025-01-01" },
  });
  const previewDir = path.join(site.root, "preview", "site");
  const child = startScript("start", ["--port", "0", "--content", site.contentDir, "--out", previewDir]);
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  try {
    await until(() => /Loaded \d+ releases/.test(output), "the preview to load the content");
    const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
    assert.ok(url, `the preview printed its address on localhost:\n${output}`);

    const draft = await fetch(new URL("news/2025/03/unpublished-draft-about-the-harbour/", url));
    assert.equal(draft.status, 200);
    assert.match(await draft.text(), /Draft/);
    // Pages are rendered on request; only the search index is built, in the preview's own folder.
    await until(() => existsSync(path.join(previewDir, "pagefind", "pagefind.js")), "the preview's search index in its own folder");
    assert.ok(!existsSync(site.outDir), "the preview wrote nothing where production deploys from");

    // Nobody else on the network can read the drafts: the kernel's own table of
    // listening sockets says which address the preview is bound to.
    assert.deepEqual(listeningAddresses(Number(new URL(url).port)), ["127.0.0.1"]);

    rmSync(path.join(site.contentDir, "releases", "gone.md"));
    await until(async () => (await fetch(new URL("news/2025/02/a-release-that-will-be-deleted/", url))).status === 404, "the deleted release to disappear");

    site.writeRaw("kept.md", "---\ntitle: A release that stays\ndate: 2025-13-01\n---\nBody.\n");
    await until(async () => /role="alert"/.test(await (await fetch(url)).text()), "the error in the page");
    const page = await (await fetch(url)).text();
    assert.match(page, /kept\.md:3: date: /);
    assert.match(page, /A release that stays/, "the last good build is still shown under the message");
    assert.doesNotMatch(output, /\n\s+at .*\(/, "no stack trace in the terminal");
    assert.equal(output.match(/kept\.md:3: date/g)?.length, 1, "the terminal printed the problem once");

    site.write("kept.md", { title: "A release that stays, fixed", date: "2025-01-01" });
    await until(async () => !/role="alert"/.test(await (await fetch(url)).text()), "the error to clear");
    assert.match(await (await fetch(url)).text(), /A release that stays, fixed/);
  } finally {
    child.kill();
    await rm(site.root, { recursive: true, force: true });
  }
});

async function until(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Local addresses with a listening TCP socket on `port`, read from /proc/net (no traffic sent). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A" || !local.endsWith(`:${hexPort}`)) continue;
      const hex = local.split(":")[0]!;
      found.push(hex.length === 8 ? hex.match(/../g)!.reverse().map((byte) => parseInt(byte, 16)).join(".") : `[${hex}]`);
    }
  }
  return found;
}
