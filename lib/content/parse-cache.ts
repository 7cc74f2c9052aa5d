import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import type { ParseResult } from "./parse-release.ts";

interface Entry {
  /** Digest of the file's text with the configuration and code that read it. */
  readonly digest: string;
  /** The build instant it was read at: lifecycle dates are checked against it. */
  readonly buildTimeMs: number;
  readonly result: ParseResult;
  /**
   * When the release's body is the end of the file's text, its length, and the body is
   * left out of `result`: the text is read for the digest anyway, and bodies were most of
   * the cache's size.
   */
  readonly bodyLength?: number;
}

/**
 * Parsed releases of the previous build, by file (issue #13): reading and validating
 * 10,000 files is a third of an incremental build, and nearly all are unchanged. A file
 * is read again unless its text, the configuration and the code are all the same. Only
 * results without errors are kept, and only for builds at or after the one that read
 * them: a change or withdrawal dated after a build is an error that time can clear, never
 * one it can cause, so a result without errors stays true later.
 *
 * The file is a header line and one line per file; a later line for the same file
 * replaces an earlier one, and `[file, null]` forgets it. A build appends what it read
 * anew and what it forgot instead of writing every release's text again (seconds at
 * 50,000 releases; bench/README.md), and writes the whole file afresh once the lines it
 * replaced outnumber the ones in use. A line cut short by a killed build is skipped.
 */
export class ParseCache {
  private readonly entries: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  /** Files this build read anew and kept, in the order read. */
  private readonly updated: string[] = [];
  /** Whether this build read a file the cache did not answer for. */
  private changed = false;

  private constructor(
    private readonly file: string,
    /** The code's digest: any change to it empties the cache. */
    private readonly codeVersion: string,
    entries: Map<string, Entry>,
    /** Lines after the header in the file as read, replaced ones included; 0 when it must be written afresh. */
    private readonly lines: number,
    /** Whether the file as read ends with a line break (a killed append may have left it without). */
    private readonly endsWithBreak: boolean,
  ) {
    this.entries = entries;
  }

  /** The cache kept in `file`, or an empty one when it is missing, unreadable, from other code, or `fresh`. */
  static open(file: string, codeVersion: string, fresh = false): ParseCache {
    let entries = new Map<string, Entry>();
    let count = 0;
    let endsWithBreak = true;
    if (!fresh && existsSync(file)) {
      try {
        const text = readFileSync(file, "utf8");
        const [header = "", ...lines] = text.split("\n");
        if ((JSON.parse(header) as { codeVersion: string }).codeVersion === codeVersion) {
          endsWithBreak = text.endsWith("\n");
          for (const line of lines) {
            if (line === "") continue;
            count++;
            let parsed: [string, Entry | null];
            try {
              parsed = JSON.parse(line) as [string, Entry | null];
            } catch {
              continue;
            }
            const [path, entry] = parsed;
            if (entry) entries.set(path, entry);
            else entries.delete(path);
          }
        }
      } catch {
        entries = new Map();
        count = 0;
        // A damaged cache is an empty one: every file is read again.
      }
    }
    return new ParseCache(file, codeVersion, entries, entries.size === 0 ? 0 : count, endsWithBreak);
  }

  /** The digest a file's result is kept under. */
  digest(text: string, configKey: string): string {
    return createHash("sha1").update(configKey).update("\0").update(text).digest("base64url");
  }

  /** The kept result for `file`; `text` is the file's text the digest was made of. */
  get(file: string, digest: string, buildTimeMs: number, text?: string): ParseResult | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.digest !== digest || entry.buildTimeMs > buildTimeMs) return undefined;
    const { result, bodyLength } = entry;
    if (bodyLength !== undefined && (text === undefined || !result.release)) return undefined;
    this.next.set(file, entry);
    // The same digest means the same text, so its end is the body that was left out.
    return bodyLength === undefined ? result : { ...result, release: { ...result.release!, body: text!.slice(text!.length - bodyLength) } };
  }

  set(file: string, digest: string, buildTimeMs: number, result: ParseResult, text?: string): void {
    this.changed = true;
    if (result.problems.some((problem) => problem.severity === "error")) return;
    const body = result.release?.body;
    const entry = body && text?.endsWith(body)
      ? { digest, buildTimeMs, result: { ...result, release: { ...result.release!, body: "" } }, bodyLength: body.length }
      : { digest, buildTimeMs, result };
    this.next.set(file, entry);
    this.updated.push(file);
  }

  /**
   * Keeps what this build read (files it did not read, since removed, are dropped). When
   * the cache answered for every file and none was removed, the file on disk already says
   * it: writing it again cost half a second at 10,000 releases.
   */
  save(): void {
    if (!existsSync(path.dirname(this.file))) return;
    if (!this.changed && this.next.size === this.entries.size && existsSync(this.file)) return;
    const forgotten = [...this.entries.keys()].filter((file) => !this.next.has(file));
    const added = this.updated.length + forgotten.length;
    if (this.lines > 0 && existsSync(this.file) && this.lines + added <= 2 * this.next.size) {
      this.append([
        ...this.updated.map((file) => JSON.stringify([file, this.next.get(file)])),
        ...forgotten.map((file) => JSON.stringify([file, null])),
      ]);
      return;
    }
    // One line per file, written as it goes: one string of every release's text would cost
    // hundreds of MiB at the end of a 50,000-release build, when memory is already at its peak.
    const fd = openSync(`${this.file}.tmp`, "w");
    try {
      writeSync(fd, `${JSON.stringify({ codeVersion: this.codeVersion })}\n`);
      for (const entry of this.next) writeSync(fd, `${JSON.stringify(entry)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(`${this.file}.tmp`, this.file);
  }

  private append(lines: readonly string[]): void {
    const fd = openSync(this.file, "a");
    try {
      if (!this.endsWithBreak) writeSync(fd, "\n");
      for (const line of lines) writeSync(fd, `${line}\n`);
    } finally {
      closeSync(fd);
    }
  }
}
