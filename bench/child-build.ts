/**
 * One build in a child process (bench/build-once.ts), measured from outside: wall time,
 * peak memory and CPU of every process of the build (Pagefind's included), and what the
 * build reported. Shared by the size benchmark and the image-cache benchmark.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { codeVersion } from "../lib/build/incremental/code-version.ts";
import { type BuildReport, reportPrefix } from "./build-report.ts";
import { DescendantMemoryWatch, type ProcessPeak } from "./process-memory.ts";

export const root = path.resolve(import.meta.dirname, "..");
// Outside the project: tsc and Eleventy's watcher would otherwise see the built sites.
export const work = path.join(os.tmpdir(), "newsroom-bench");
export const timeBinary = "/usr/bin/time";

export interface Run {
  readonly report: BuildReport;
  readonly wallSeconds: number;
  /** Peak RSS of the process tree as the kernel reports it to /usr/bin/time, KiB. */
  readonly treeMaxKiB?: number;
  readonly processes: readonly ProcessPeak[];
  /** CPU seconds of all processes of the build. */
  readonly cpuSeconds: number;
  /** One-minute load average when the build started: other work on the machine slows wall time. */
  readonly loadAverage: number;
}

/**
 * The code's digest when the bench started, given to every build: the project is edited
 * while benches run, and an edit to lib/ between two builds would make the second a full
 * build, which is not what "one release corrected" measures.
 */
let pinnedCodeVersion: string | undefined;

/**
 * Builds `contentDir` into `outDir`. `clean` is `--clean`: nothing of an earlier build is
 * reused (removing the output link is not enough, since a build can start from the standby
 * in the store beside it); the image cache stays. Other `flags` go to build-once.ts too.
 */
export async function runBuild(contentDir: string, outDir: string, clean = true, flags: readonly string[] = []): Promise<Run> {
  if (clean && !flags.includes("--clean")) flags = [...flags, "--clean"];
  const timeFile = path.join(work, "time.txt");
  rmSync(timeFile, { force: true });
  // The same V8 flag as `npm run build` (package.json).
  const node = [
    process.execPath, "--max-semi-space-size=64", "--import", "tsx", path.join(root, "bench", "build-once.ts"),
    contentDir, outDir, ...flags, "--code-version", (pinnedCodeVersion ??= codeVersion(root)),
  ];
  const [command, ...args] = existsSync(timeBinary) ? [timeBinary, "-v", "-o", timeFile, ...node] : node;
  const loadAverage = os.loadavg()[0]!;
  const started = performance.now();
  const child = spawn(command!, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const watch = new DescendantMemoryWatch(child.pid!);
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const processes = watch.stop().filter((p) => p.name !== "time");
  const line = stdout.split("\n").find((l) => l.startsWith(reportPrefix));
  if (code !== 0 || !line) throw new Error(`The build of ${contentDir} failed (exit ${code}):\n${stdout}`);
  const report = JSON.parse(line.slice(reportPrefix.length)) as BuildReport;
  const timed = existsSync(timeFile) ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, "utf8")) : null;
  const cpuSeconds = processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
  return { report, wallSeconds, treeMaxKiB: timed ? Number(timed[1]) : undefined, processes: withExactNodePeak(processes, report), cpuSeconds, loadAverage };
}

/** The build's own getrusage() figure is exact where polling may miss the last interval. */
function withExactNodePeak(processes: readonly ProcessPeak[], report: BuildReport): ProcessPeak[] {
  const nodes = processes.filter((p) => p.name === "node");
  if (nodes.length === 0) return [{ pid: 0, name: "node", peakKiB: report.maxRssKiB, cpuSeconds: 0 }, ...processes];
  const build = nodes.reduce((a, b) => (b.peakKiB > a.peakKiB ? b : a));
  return processes
    .map((p) => (p === build ? { ...p, peakKiB: Math.max(p.peakKiB, report.maxRssKiB) } : p))
    .sort((a, b) => b.peakKiB - a.peakKiB);
}

/** CPU seconds of the processes whose name starts with `name`. */
export function cpuOf(run: Run, name: string): number {
  return run.processes.filter((p) => p.name.startsWith(name)).reduce((sum, p) => sum + p.cpuSeconds, 0);
}
