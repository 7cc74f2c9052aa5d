/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions and the packages or
 * files with the most self time. For issue #6's "profile before optimising".
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/newsroom-bench/prof --import tsx bench/build-once.ts <content> <out>
 *   tsx bench/profile-summary.ts /tmp/newsroom-bench/prof/*.cpuprofile [--top 25] [--under parseRelease]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly SelfTime[];
  readonly groups: readonly SelfTime[];
  /** Project functions (lib/, layouts/, bench/) by total time, their callees included. */
  readonly projectTotals: readonly SelfTime[];
}

/** "eleventy" for node_modules/@11ty/eleventy/…, "lib/site/newsroom.ts" for project files, "(garbage collector)" for V8's own. */
export function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const file = url.replace(/^file:\/\//, "");
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules) return inModules[1]!;
  if (file.startsWith("node:")) return `node:${file.slice(5).split("/")[0]}`;
  const project = path.resolve(import.meta.dirname, "..") + "/";
  return file.startsWith(project) ? file.slice(project.length) : file;
}

/** With `under`, only samples with a function of that name on the stack count (e.g. "parseRelease"). */
export function summarise(profile: CpuProfile, top = 25, under?: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const totals = new Map<string, number>();
  const hasCaller = (id: number, name: string) => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      if (byId.get(at)!.callFrame.functionName === name) return true;
    }
    return false;
  };
  const functions = new Map<string, number>();
  const groups = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    if (under && !hasCaller(id, under)) return;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const group = groupOf(url, functionName);
    const name = url ? `${functionName || "(anonymous)"}  ${group}:${lineNumber + 1}` : functionName;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    groups.set(group, (groups.get(group) ?? 0) + ms);
    // Each project function on the stack once, however deep it recurses.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const file = groupOf(frame.url, frame.functionName);
      if (/^(lib|layouts|bench)\//.test(file)) onStack.add(`${frame.functionName || "(anonymous)"}  ${file}:${frame.lineNumber + 1}`);
    }
    for (const name of onStack) totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  const ranked = (map: Map<string, number>) =>
    [...map].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms).slice(0, top);
  return { totalMs, functions: ranked(functions), groups: ranked(groups), projectTotals: ranked(totals) };
}

function print(title: string, rows: readonly SelfTime[], totalMs: number): void {
  console.log(`\n${title}`);
  for (const row of rows) {
    console.log(`${(row.ms / 1000).toFixed(2).padStart(8)} s ${((row.ms / totalMs) * 100).toFixed(1).padStart(5)} %  ${row.name.slice(0, 140)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const top = Number(value("--top") ?? 25);
  const under = value("--under");
  const files = args.filter((a, i) => !a.startsWith("--") && !["--top", "--under"].includes(args[i - 1] ?? ""));
  if (files.length === 0) {
    console.error("usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top 25]");
    process.exit(2);
  }
  for (const file of files) {
    const summary = summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, top, under);
    console.log(`${file}: ${(summary.totalMs / 1000).toFixed(1)} s sampled${under ? ` under ${under}` : ""}`);
    print(`Top ${top} functions by self time`, summary.functions, summary.totalMs);
    print(`Top ${top} packages and files by self time`, summary.groups, summary.totalMs);
    print(`Top ${top} project functions by total time (callees included)`, summary.projectTotals, summary.totalMs);
  }
}
