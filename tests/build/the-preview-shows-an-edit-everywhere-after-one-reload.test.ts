import assert from "node:assert/strict";
import { utimesSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { RendererProcess } from "../../lib/preview/renderer-process.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { projectRoot, startScript } from "../support/run-script.ts";

test("npm start shows a saved edit on the release's page and on /news/ as soon as open pages are told to reload, and restarts its renderer when the code changes", async () => {
  const site = makeFixtureSite({}, {
    "harbour.md": { title: "Harbour patrol finds stolen boats", slug: "harbour-patrol", date: "2025-03-01", crime_areas: ["Theft"] },
    "older-1.md": { title: "An older release", date: "2025-02-01" },
    "older-2.md": { title: "An even older release", date: "2025-01-01" },
  });
  const child = startScript("start", ["--port", "0", "--content", site.contentDir, "--out", path.join(site.root, "preview", "site")]);
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  let events: ReloadEvents | undefined;
  try {
    await until(() => /Loaded \d+ releases/.test(output), "the preview to load the content");
    const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!;
    const page = async (sitePath: string) => {
      const response = await fetch(new URL(sitePath.slice(1), url));
      return { status: response.status, text: await response.text() };
    };
    events = await ReloadEvents.open(new URL("__newsroom/events", url));

    // An edit: once the page is told to reload, every page that shows the release has it.
    let reloaded = events.next();
    site.write("harbour.md", { title: "Harbour patrol recovers twelve stolen boats", slug: "harbour-patrol", date: "2025-03-01", crime_areas: ["Theft"] });
    await reloaded;
    assert.match((await page("/news/2025/03/harbour-patrol/")).text, /Harbour patrol recovers twelve stolen boats/, "the release's own page");
    assert.match((await page("/news/")).text, /Harbour patrol recovers twelve stolen boats/, "the news list");
    assert.match((await page("/crime-areas/theft/")).text, /Harbour patrol recovers twelve stolen boats/, "the term page");
    assert.match((await page("/feed.xml")).text, /Harbour patrol recovers twelve stolen boats/, "the feed");
    assert.match(output, /Updated in [\d.]+ s \(1 file read\)/, "only the saved file was read again");

    // A new release: on /news/ and at its own address after one reload.
    reloaded = events.next();
    site.write("new.md", { title: "Ferry terminal reopens after inspection", date: "2025-04-01" });
    await reloaded;
    assert.match((await page("/news/")).text, /Ferry terminal reopens after inspection/);
    assert.equal((await page("/news/2025/04/ferry-terminal-reopens-after-inspection/")).status, 200);

    // A code change (a template touched): a new renderer loads the code, and pages are served on.
    reloaded = events.next();
    const template = path.join(projectRoot, "layouts", "pages", "index.11ty.ts");
    const now = new Date();
    utimesSync(template, now, now);
    await reloaded;
    assert.match(output, /Code changed; the renderer restarted in [\d.]+ s/);
    const home = await page("/");
    assert.equal(home.status, 200);
    assert.match(home.text, /Ferry terminal reopens after inspection/, "the new renderer read the content as it is now");
  } finally {
    events?.close();
    child.kill();
    await rm(site.root, { recursive: true, force: true });
  }
});

test("new code takes over from the running renderer only when it can show the content; code that cannot start leaves the running one answering; a renderer that stops is started again", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "newsroom-renderer-"));
  // One worker script whose code the test changes between starts, as an editor changes
  // lib/; content.txt stands for the content: "ok", or a problem.
  const script = path.join(dir, "worker.mjs");
  const content = path.join(dir, "content.txt");
  const worker = (version: string) => `
    import { readFileSync } from "node:fs";
    const send = (m) => process.send(m);
    const update = () => {
      const state = readFileSync(${JSON.stringify(content)}, "utf8");
      if (state === "crash") process.exit(4);
      send({ type: "model", error: state === "ok" ? undefined : state, warnings: [], releases: 1, parsed: 1, seconds: 0 });
    };
    process.on("disconnect", () => process.exit(0));
    process.on("message", (r) => {
      if (r.type === "update") update();
      if (r.type === "render" && r.path === "/crash") process.exit(3);
      if (r.type === "render") send({ type: "page", id: r.id, page: { kind: "page", status: 200, contentType: "text/html", body: ${JSON.stringify(version)} } });
    });
    update();
  `;
  const body = async () => {
    const page = await renderer.render("/");
    return page.kind === "page" ? page.body : page.kind;
  };
  writeFileSync(script, worker("code 1"));
  writeFileSync(content, "ok");
  const crashes: string[] = [];
  const renderer = new RendererProcess(script, [], (message) => crashes.push(message));
  try {
    assert.equal((await renderer.restart()).kind, "model");
    assert.equal(await body(), "code 1");

    // Code that cannot start: the running worker goes on answering.
    writeFileSync(script, `console.error("SyntaxError: Unexpected token in layouts/pages/index.11ty.ts"); process.exit(1);`);
    const failed = await renderer.restart();
    assert.equal(failed.kind, "code-error");
    assert.match(failed.kind === "code-error" ? failed.error : "", /SyntaxError: Unexpected token/);
    assert.equal(await body(), "code 1");
    assert.equal((await renderer.update()).kind, "model");

    // New code while a file is broken: the last good content stays on screen (old code)
    // until the file is fixed, and then the new code shows it.
    writeFileSync(content, "broken.md:3: date: not a date");
    const broken = await renderer.update();
    assert.equal(broken.kind === "model" && broken.error, "broken.md:3: date: not a date");
    assert.equal(await body(), "code 1", "the last good content is still rendered");
    writeFileSync(script, worker("code 2"));
    const restarted = await renderer.restart();
    assert.equal(restarted.kind === "model" && restarted.error, "broken.md:3: date: not a date");
    assert.equal(await body(), "code 1", "the worker with good content still renders");
    writeFileSync(content, "ok");
    const fixed = await renderer.update();
    assert.equal(fixed.kind === "model" && fixed.error, undefined);
    assert.equal(await body(), "code 2", "the new code took over once the content was valid");

    // A crash of the worker in use is reported, and the next change starts one again.
    const crashed = await renderer.render("/crash");
    assert.equal(crashed.kind, "error");
    await until(() => crashes.length === 1, "the crash to be reported");
    assert.equal(renderer.running, false);
    assert.equal((await renderer.update()).kind, "model");
    assert.equal(await body(), "code 2");

    // A worker that stops while it reads the content is started again at once; while it
    // cannot start, the next change tries again.
    writeFileSync(content, "crash");
    assert.equal((await renderer.update()).kind, "code-error");
    assert.equal(crashes.length, 2);
    writeFileSync(content, "ok");
    assert.equal((await renderer.update()).kind, "model");
    assert.equal(await body(), "code 2");
  } finally {
    await renderer.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** The preview's server-sent events, read as a browser's EventSource would. */
class ReloadEvents {
  private count = 0;
  private readonly waiting: { after: number; resolve: () => void }[] = [];

  private constructor(private readonly controller: AbortController) {}

  static async open(url: URL): Promise<ReloadEvents> {
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    const events = new ReloadEvents(controller);
    void events.read(response.body!.getReader());
    return events;
  }

  /** Resolves at the next reload event after this call. */
  next(timeoutMs = 30_000): Promise<void> {
    const after = this.count;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timed out waiting for a reload event")), timeoutMs);
      this.waiting.push({ after, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  close(): void {
    this.controller.abort();
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!/^event: reload$/m.test(event)) continue;
          this.count++;
          for (const waiter of this.waiting.splice(0)) {
            if (this.count > waiter.after) waiter.resolve();
            else this.waiting.push(waiter);
          }
        }
      }
    } catch {
      // Aborted by close().
    }
  }
}

async function until(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
