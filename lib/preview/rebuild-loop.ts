import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, statSync, watch, type Dirent, type FSWatcher } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";

export interface BuildOutcome {
  /** The build's message when it failed, else undefined. */
  readonly error: string | undefined;
  readonly seconds: number;
}

/** A build in a child process, with a way to stop it. */
export interface ChildBuild {
  readonly outcome: Promise<BuildOutcome>;
  stop(): void;
}

/**
 * Runs one build in a fresh Node process: it reads the code as it is now, and whatever it
 * holds in memory (Pagefind's index) goes back to the system when it ends. `background`
 * runs it at the lowest CPU priority, so it never slows the pages the editor is waiting for.
 */
export function buildInChild(script: string, args: readonly string[], options: { background?: boolean } = {}): ChildBuild {
  const started = performance.now();
  // The V8 flag `npm run build` passes: a larger young generation, so a build's many
  // short-lived strings are collected less often.
  const child: ChildProcess = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", script, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  if (options.background && child.pid !== undefined) {
    try {
      // Inherited by what it starts (the pagefind process).
      setPriority(child.pid, 19);
    } catch {
      // Not allowed on this system: it then runs at normal priority.
    }
  }
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const outcome = new Promise<BuildOutcome>((resolve) => {
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({ error: code === 0 ? undefined : stderr.trim() || `The build stopped (${signal ?? `exit code ${code}`}).`, seconds });
    });
  });
  return { outcome, stop: () => void child.kill() };
}

/**
 * Runs `task` after `request()` calls, once per burst of them (`quietMs` without a new
 * one), and never two at a time: requests during a run start one more run after it.
 */
export function coalesced(task: () => Promise<void>, quietMs: number): { request(): void; close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let closed = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } catch (error) {
      // A bug in the preview itself: said, and the next change is handled as usual.
      console.error(`The preview stumbled on an unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    } finally {
      running = false;
    }
    if (again && !closed) {
      again = false;
      await run();
    }
  };
  return {
    request() {
      if (closed) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), quietMs);
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}

export interface Watched<Kind extends string> {
  /** A folder, watched with everything under it, or a single file (its folder is watched). */
  readonly path: string;
  readonly kind: Kind;
}

/** Editors' swap and backup files are not content. */
const editorFile = /(^|[/\\])(\.#|#)|~$|\.sw[px]$|\.tmp$/;

/**
 * Calls `changed` with the kind of each watched path a file changed under, for files
 * that are not editors' temporary files.
 */
export function watchPaths<Kind extends string>(paths: readonly Watched<Kind>[], changed: (kind: Kind, file: string) => void): { close(): void } {
  const trees = paths.map(({ path: watched, kind }) => {
    const report = (file: string) => {
      if (!editorFile.test(path.basename(file))) changed(kind, file);
    };
    if (statSync(watched).isDirectory()) return watchTree(watched, report);
    // A single file: its folder, since editors save by writing a new file and renaming it over the old.
    return watchTree(path.dirname(watched), (file) => file === watched && report(file), false);
  });
  return {
    close() {
      for (const tree of trees) tree.close();
    },
  };
}

/**
 * Watches every folder under `root`, one watcher per folder. Not `fs.watch`'s recursive
 * mode: on Linux, Node 20's follows files, and loses a file that an editor saved by
 * renaming a new file over it (vim, sed -i, "safe write"), so the next save went unseen.
 * A folder's own watcher reports any file saved in it under its name, however it is saved.
 */
function watchTree(root: string, changed: (file: string) => void, recursive = true): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const stop = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(dir + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (event, name) => {
        const file = name ? path.join(dir, name) : dir;
        if (recursive && event === "rename" && name) {
          // A folder made, moved in or removed: watch what is there now.
          let isFolder = false;
          try {
            isFolder = statSync(file).isDirectory();
          } catch {
            stop(file);
          }
          if (isFolder) addTree(file);
        }
        changed(file);
      });
    } catch {
      return; // Removed before it could be watched.
    }
    watcher.on("error", () => stop(dir));
    watchers.set(dir, watcher);
  };
  const addTree = (dir: string) => {
    add(dir);
    if (!recursive) return;
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) addTree(path.join(dir, entry.name));
  };
  addTree(root);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
