/**
 * `npm run import -- FILE_OR_FOLDER… [--keep-case] [--content DIR]`: turns pages exported
 * from an old newsroom CMS into releases (issue #11; docs/editors-guide.md, "Importing an
 * old newsroom"). Prints what each file became and what could not be carried over, then
 * a summary; exits 1 when any file was skipped.
 */
import path from "node:path";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseBuildTime } from "../lib/build/build-time.ts";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";
import { loadSiteConfig } from "../lib/config/site-config.ts";
import { ConfigError } from "../lib/errors.ts";
import { importPages, legacyFiles, type ImportStatus } from "../lib/import/import-pages.ts";

try {
  const argv = process.argv.slice(2);
  const { options, values } = buildOptionsFrom(argv, process.env, { "keep-case": { type: "boolean" } });
  // buildOptionsFrom reads the first positional as the output folder of a build; here
  // every positional is a legacy file or folder.
  const text = { type: "string" } as const;
  const { positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { out: text, content: text, public: text, prefix: text, "build-time": text },
  });
  if (positionals.length === 0) throw new ConfigError("Name the legacy pages to import: npm run import -- FILE_OR_FOLDER… [--keep-case] [--content DIR]");
  const missing = positionals.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new ConfigError(`Not found: ${missing.join(", ")}; name existing files or folders.`);
  const contentDir = options.contentDir ?? "content";
  const config = loadSiteConfig(path.join(contentDir, "site.json"));
  const files = legacyFiles(positionals);
  const outcomes = importPages(files, { contentDir, config, buildTime: parseBuildTime(options.buildTime), keepCase: values["keep-case"] === true });

  for (const outcome of outcomes) {
    const line = outcome.status === "skipped" ? `${outcome.file}: skipped, nothing written: ${outcome.reason}`
      : outcome.status === "kept" ? `${outcome.file}: kept ${outcome.release}: ${outcome.reason}`
      : `${outcome.file} → ${outcome.release} (${outcome.status})`;
    (outcome.status === "skipped" ? console.error : console.log)(line);
    for (const note of outcome.notes) console.log(`  ${note}`);
  }
  const count = (status: ImportStatus) => outcomes.filter((o) => o.status === status).length;
  const extra = (["unchanged", "kept"] as const).filter((s) => count(s) > 0).map((s) => `, ${count(s)} ${s}`).join("");
  const summary = `${count("imported")} imported, ${count("updated")} updated${extra}, ${count("skipped")} skipped, of ${outcomes.length} legacy page${outcomes.length === 1 ? "" : "s"}.`;
  if (count("skipped") > 0) {
    console.error(summary);
    process.exit(1);
  }
  console.log(summary);
} catch (error) {
  process.exit(reportFailure(error));
}
