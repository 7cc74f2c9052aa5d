/**
 * The preview server's side of the render worker (render-worker.ts): starts it, asks it
 * for pages and for updates, and replaces it when the code changes. A new worker loads
 * the code as it is now; the old one keeps answering until the new one has its model, and
 * stays when the new one cannot start (a syntax error in lib/ or layouts/), so the editor
 * keeps a working preview with the code error shown over it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { ModelUpdate, RenderedPage, WorkerMessage, WorkerRequest } from "./render-worker.ts";

/** What the preview shows after a change: the content's state, or why the code cannot run. */
export type RendererOutcome = ({ readonly kind: "model" } & ModelUpdate) | { readonly kind: "code-error"; readonly error: string; readonly seconds: number };

/** At most this much of a failed worker's stderr is kept for the message. */
const stderrLimit = 16_000;

class WorkerHandle {
  readonly child: ChildProcess;
  private nextId = 1;
  private readonly pages = new Map<number, (page: RenderedPage) => void>();
  private readonly updates: ((update: ModelUpdate | undefined) => void)[] = [];
  private stderr = "";
  private retiring = false;
  /** The first model message is the one the worker sends unasked when it has loaded. */
  private loaded = false;
  /** Whether the worker holds a model (some content it read was valid), so it can show pages. */
  hasModel = false;
  exited = false;

  constructor(
    script: string,
    args: readonly string[],
    /** Called with every model message, including the first, sent unasked at start. */
    private readonly onModel: (worker: WorkerHandle, update: ModelUpdate) => void,
    private readonly onExit: (worker: WorkerHandle, message: string) => void,
  ) {
    this.child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["ignore", "inherit", "pipe", "ipc"] });
    this.child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      if (this.stderr.length < stderrLimit) this.stderr += chunk;
    });
    this.child.on("message", (message: WorkerMessage) => {
      if (message.type === "page") {
        this.pages.get(message.id)?.(message.page);
        this.pages.delete(message.id);
        if (this.retiring && this.pages.size === 0) this.child.kill();
      } else {
        const { type: _type, ...update } = message;
        if (!update.error) this.hasModel = true;
        if (this.loaded) this.updates.shift()?.(update);
        else this.onModel(this, update);
        this.loaded = true;
      }
    });
    this.child.on("exit", (code, signal) => {
      this.exited = true;
      const message = this.stderr.trim() || `The preview's renderer stopped (${signal ?? `exit code ${code}`}).`;
      for (const resolve of this.pages.values()) resolve({ kind: "error", message });
      this.pages.clear();
      for (const resolve of this.updates.splice(0)) resolve(undefined);
      this.onExit(this, message);
    });
  }

  render(sitePath: string): Promise<RenderedPage> {
    if (this.exited) return Promise.resolve({ kind: "error", message: "The preview's renderer has stopped; save a file to start it again." });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pages.set(id, resolve);
      this.send({ type: "render", id, path: sitePath });
    });
  }

  /** Validates the content again; resolves with the worker's answer, or undefined when it stopped first. */
  update(): Promise<ModelUpdate | undefined> {
    if (this.exited) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.updates.push(resolve);
      this.send({ type: "update" });
    });
  }

  /** Ends the worker once the pages it is rendering are sent. */
  retire(): void {
    this.retiring = true;
    if (this.pages.size === 0) this.child.kill();
  }

  private send(request: WorkerRequest): void {
    if (this.child.connected) this.child.send(request);
  }
}

export class RendererProcess {
  /** The worker that renders pages. */
  private current: WorkerHandle | undefined;
  /**
   * A worker on newer code that has loaded but found the content invalid: it has nothing
   * to show, so the current worker keeps showing the last good content until the content
   * is valid again, and then this one takes over.
   */
  private standby: WorkerHandle | undefined;
  private starting: { worker: WorkerHandle; settle: ((outcome: RendererOutcome) => void)[]; started: number } | undefined;
  /** A worker on newer code stopped before taking over: the next change starts one again. */
  private codePending = false;

  constructor(
    private readonly script: string,
    private readonly args: readonly string[],
    /** A worker in use stopped by itself (a crash, out of memory): the preview has no renderer until the next change. */
    private readonly onCrash: (message: string) => void,
  ) {}

  /** Whether a worker is running that can take an update (else `restart`). */
  get running(): boolean {
    return this.current !== undefined && !this.current.exited && !this.codePending;
  }

  render(sitePath: string): Promise<RenderedPage> {
    return this.current ? this.current.render(sitePath) : Promise.resolve({ kind: "no-model" });
  }

  /** The content changed: the worker in use validates it again, and a waiting one too. */
  async update(): Promise<RendererOutcome> {
    if (!this.running) return this.restart();
    const standby = this.standby;
    const [current, waiting] = await Promise.all([this.current!.update(), standby?.update()]);
    // The worker in use stopped while reading (reported as a crash): start a new one at once.
    if (!current) return this.restart();
    if (!standby || !waiting) return { kind: "model", ...current };
    // The newer code's view of the content is the one to report.
    if (!waiting.error) this.promote(standby);
    return { kind: "model", ...waiting };
  }

  /**
   * Starts a worker on the code as it is now; resolves when it has validated the content
   * (it then replaces the worker in use, unless it found the content invalid while the
   * one in use holds good content) or has failed to start (the one in use stays). A
   * restart while another is starting replaces that one; both calls get the new outcome.
   */
  restart(): Promise<RendererOutcome> {
    const superseded = this.starting;
    superseded?.worker.retire();
    if (superseded && this.current === superseded.worker) this.current = undefined;
    this.standby?.retire();
    this.standby = undefined;
    this.codePending = false;
    const started = performance.now();
    return new Promise((settle) => {
      const worker = new WorkerHandle(
        this.script,
        this.args,
        (from, update) => this.loadedBy(from, update),
        (from, message) => this.exitOf(from, message),
      );
      this.starting = { worker, settle: [...(superseded?.settle ?? []), settle], started };
      // Nothing to keep on screen: requests go to the new worker at once (it answers "no model" until ready).
      if (!this.current || this.current.exited) this.current = worker;
    });
  }

  async close(): Promise<void> {
    for (const worker of [this.current, this.standby, this.starting?.worker]) {
      if (worker && !worker.exited) {
        const exited = new Promise((resolve) => worker.child.once("exit", resolve));
        worker.child.kill();
        await exited;
      }
    }
  }

  /** A starting worker has read the content for the first time. */
  private loadedBy(worker: WorkerHandle, update: ModelUpdate): void {
    const starting = this.starting;
    if (starting?.worker !== worker) return;
    this.starting = undefined;
    const current = this.current;
    if (update.error && current && current !== worker && !current.exited && current.hasModel) this.standby = worker;
    else this.promote(worker);
    for (const settle of starting.settle) settle({ kind: "model", ...update, seconds: (performance.now() - starting.started) / 1000 });
  }

  private promote(worker: WorkerHandle): void {
    if (this.current !== worker) this.current?.retire();
    this.current = worker;
    if (this.standby === worker) this.standby = undefined;
  }

  private exitOf(worker: WorkerHandle, message: string): void {
    const starting = this.starting;
    if (starting?.worker === worker) {
      this.starting = undefined;
      if (this.current === worker) this.current = undefined;
      for (const settle of starting.settle) settle({ kind: "code-error", error: message, seconds: (performance.now() - starting.started) / 1000 });
    } else if (this.standby === worker) {
      this.standby = undefined;
      this.codePending = true;
    } else if (this.current === worker) {
      this.current = undefined;
      this.onCrash(message);
    }
  }
}
