import { readdirSync, readFileSync } from "node:fs";

export interface ProcessPeak {
  readonly pid: number;
  /** Executable name from /proc/<pid>/comm, e.g. "node" or "pagefind_extended". */
  readonly name: string;
  /** Highest VmHWM seen, KiB. */
  readonly peakKiB: number;
}

/**
 * Watches the peak resident set (VmHWM) of a process and all its descendants by
 * polling /proc. Pagefind runs as a separate binary spawned by the build, so a single
 * getrusage() of the build process does not say which process peaked; this does.
 * VmHWM is itself a high-water mark, so polling only misses growth in the last
 * interval before a process exits. Linux only; elsewhere it reports nothing.
 */
export class DescendantMemoryWatch {
  private readonly peaks = new Map<number, ProcessPeak>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly rootPid: number,
    intervalMs = 100,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  stop(): ProcessPeak[] {
    clearInterval(this.timer);
    return [...this.peaks.values()].sort((a, b) => b.peakKiB - a.peakKiB);
  }

  private sample(): void {
    for (const pid of descendants(this.rootPid)) {
      const status = read(`/proc/${pid}/status`);
      const hwm = status && /^VmHWM:\s+(\d+) kB/m.exec(status);
      if (!hwm) continue;
      const peakKiB = Number(hwm[1]);
      const known = this.peaks.get(pid);
      if (known && known.peakKiB >= peakKiB) continue;
      const name = known?.name ?? read(`/proc/${pid}/comm`)?.trim() ?? "?";
      this.peaks.set(pid, { pid, name, peakKiB });
    }
  }
}

/** The process and every process below it. */
function descendants(root: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    // The command name may hold spaces and parentheses; the parent pid follows its last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
