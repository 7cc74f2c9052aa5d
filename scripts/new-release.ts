/**
 * `npm run new -- "Title of the release" [--type news] [--date 2026-12-03T09:00] [--bundle]
 * [--content DIR]`: writes a new draft release with every front-matter key an editor may
 * need (lib/tools/new-release.ts), prints its path, and never overwrites a file (issue #11).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { parseBuildTime } from "../lib/build/build-time.ts";
import { reportFailure } from "../lib/build/report-failure.ts";
import { loadSiteConfig } from "../lib/config/site-config.ts";
import { ConfigError } from "../lib/errors.ts";
import { newRelease, usage } from "../lib/tools/new-release.ts";

try {
  const { options, values, positionals } = readCommandLine(process.argv.slice(2));
  if (positionals.length > 1) {
    throw new ConfigError(`Write the title in quotes, as one argument: npm run new -- "${positionals.join(" ")}". ${usage}`);
  }
  const contentDir = options.contentDir ?? "content";
  const config = loadSiteConfig(path.join(contentDir, "site.json"));
  const release = newRelease(
    {
      title: positionals[0],
      type: typeof values["type"] === "string" ? values["type"] : undefined,
      date: typeof values["date"] === "string" ? values["date"] : undefined,
      bundle: values["bundle"] === true,
    },
    config,
    parseBuildTime(options.buildTime),
  );
  const file = path.join(contentDir, release.file);
  const shown = (p: string) => path.relative(process.cwd(), p).split(path.sep).join("/");
  for (const existing of [file, path.join(contentDir, release.otherForm)]) {
    if (existsSync(existing)) refuse(shown(existing));
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": another `npm run new` for the same title a moment ago still must not be overwritten.
    writeFileSync(file, release.text, { flag: "wx" });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "EEXIST") refuse(shown(file));
    throw new ConfigError(`Cannot write ${shown(file)} (${(cause as Error).message}); check that the folder exists and you may write to it.`);
  }
  if (release.warning) console.error(`warning: ${release.warning}`);
  // The path alone on stdout, so `code $(npm run -s new -- "…")` opens it; the advice on stderr.
  console.log(shown(file));
  console.error("Write the release there, run npm run check, and preview it with npm start. It is a draft: delete its draft: true line to publish it.");
} catch (error) {
  process.exit(reportFailure(error));
}

function readCommandLine(argv: readonly string[]) {
  try {
    const { options, values } = buildOptionsFrom(argv, process.env, { type: { type: "string" }, date: { type: "string" }, bundle: { type: "boolean" } });
    // buildOptionsFrom reads positionals as the output folder; here they are the title.
    const positionals = argv.filter((arg, i) => !arg.startsWith("--") && !isFlagValue(argv, i));
    return { options, values, positionals };
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${error.message}\n${usage}`);
    throw error;
  }
}

function isFlagValue(argv: readonly string[], i: number): boolean {
  const flagsWithValues = ["--type", "--date", "--content", "--public", "--out", "--prefix", "--build-time"];
  return i > 0 && flagsWithValues.includes(argv[i - 1] ?? "");
}

function refuse(existing: string): never {
  throw new ConfigError(`${existing} already exists; nothing was written. Edit that release, or give the new one a different title or another day with --date.`);
}
