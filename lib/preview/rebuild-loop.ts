import { spawn } from "node:child_process";
import { watch, type FSWatcher } from "node:fs";

export interface BuildOutcome {
  /** The build's message when it failed (what the editor must fix), else undefined. */
  readonly error: string | undefined;
  readonly seconds: number;
}

/**
 * Runs one preview build in a fresh Node process: a process per build reads the code
 * as it is now (an edited template or lib/ module is picked up without a restart), and
 * whatever a build holds in memory is returned to the system when it ends.
 */
export function buildInChild(script: string, args: readonly string[]): Promise<BuildOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({ error: code === 0 ? undefined : stderr.trim() || `The preview build stopped (exit code ${code}).`, seconds });
    });
  });
}

/**
 * Calls `rebuild` after files under `folders` change, once per burst of saves (editors
 * save several files at once; a git checkout changes hundreds), and never two at a time:
 * changes that arrive during a build start one more build after it.
 */
export function watchAndRebuild(folders: readonly string[], rebuild: () => Promise<void>, quietMs = 150): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild().finally(() => (running = undefined));
    await running;
    if (again) {
      again = false;
      await run();
    }
  };
  const changed = (name: string | null) => {
    // Editors' swap and backup files are not content.
    if (name && /(^|[/\\])(\.#|#)|~$|\.sw[px]$/.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), quietMs);
  };
  const watchers: FSWatcher[] = folders.map((folder) => watch(folder, { recursive: true }, (_event, name) => changed(name)));
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
