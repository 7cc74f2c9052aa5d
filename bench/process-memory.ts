import { readdirSync, readFileSync } from "node:fs";

export interface ProcessPeak {
  readonly pid: number;
  /** Executable name, e.g. "node" or "pagefind_extended". */
  readonly name: string;
  /** Highest VmHWM seen, KiB. */
  readonly peakKiB: number;
  /** User + system CPU seconds at the last sample: robust to other load on the machine, unlike wall time. */
  readonly cpuSeconds: number;
}

const ticksPerSecond = 100;

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
    for (const [pid, stat] of descendants(this.rootPid)) {
      const status = read(`/proc/${pid}/status`);
      const hwm = status && /^VmHWM:\s+(\d+) kB/m.exec(status);
      if (!hwm) continue;
      const known = this.peaks.get(pid);
      const peakKiB = Math.max(Number(hwm[1]), known?.peakKiB ?? 0);
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the command name.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
      // Read every time: a child seen between fork and exec still carries its parent's name.
      this.peaks.set(pid, { pid, name: executableName(pid) ?? known?.name ?? "?", peakKiB, cpuSeconds });
    }
  }
}

/** The process and every process below it, with their /proc/<pid>/stat lines. */
function descendants(root: number): Map<number, string> {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map();
  }
  const stats = new Map<number, string>();
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    stats.set(Number(entry), stat);
    // The command name may hold spaces and parentheses; the parent pid follows its last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return new Map(found.filter((pid) => stats.has(pid)).map((pid) => [pid, stats.get(pid)!]));
}

/** From the command line, because /proc/<pid>/comm is cut at 15 characters. */
function executableName(pid: number): string | undefined {
  const argv0 = read(`/proc/${pid}/cmdline`)?.split("\0")[0];
  return argv0 ? argv0.slice(argv0.lastIndexOf("/") + 1) : read(`/proc/${pid}/comm`)?.trim();
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
