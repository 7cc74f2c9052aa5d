import { createHash } from "node:crypto";
import type { ParseResult } from "./parse-release.ts";

/**
 * Parse results by file, kept for as long as the file's text and the site
 * configuration stay the same. The dev server reloads all content after every edit,
 * and an edit changes one file; parsing is a pure function of path, text and
 * configuration, so a hit returns exactly what parsing again would (issue #6: a reload
 * without it costs 2 s of CPU at 10,000 releases, 15 s at 50,000).
 */
export class ParseCache {
  private readonly entries = new Map<string, { readonly digest: string; readonly result: ParseResult }>();

  /** `configKey` identifies the configuration, e.g. its JSON. */
  get(file: string, text: string, configKey: string, parse: () => ParseResult): ParseResult {
    const key = `${configKey}\n${file}`;
    const digest = createHash("sha1").update(text).digest("base64");
    const cached = this.entries.get(key);
    if (cached?.digest === digest) return cached.result;
    const result = parse();
    this.entries.set(key, { digest, result });
    return result;
  }
}
