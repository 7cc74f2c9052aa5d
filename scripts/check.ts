/**
 * `npm run check [-- --content DIR]`: validates every release and public/ through the
 * build's own validation (lib/build/validate-site.ts) and prints each problem as
 * `file:line: field: message`, then exits 1 when any is an error. Warnings (e.g.
 * merged term spellings) are printed but do not fail.
 */
import path from "node:path";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";
import { validateSite } from "../lib/build/validate-site.ts";
import { formatProblem } from "../lib/errors.ts";
import { scheduledReleases } from "../lib/visibility/schedule.ts";
import { parseBuildTime } from "../lib/build/build-time.ts";

try {
  const { options } = buildOptionsFrom(process.argv.slice(2), process.env);
  const contentDir = options.contentDir ?? "content";
  const buildTime = parseBuildTime(options.buildTime);
  const { content, problems } = validateSite({ contentDir, publicDir: options.publicDir ?? "public", pathPrefix: options.pathPrefix, buildTime });
  for (const problem of problems) console.log(formatProblem(problem));
  for (const release of scheduledReleases(content.releases, buildTime, content.config.timeZone, content.config.language)) {
    console.log(`${release.file}: scheduled: publishes ${release.shown} (${release.wait}); until then no build shows it but the preview.`);
  }
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const summary = `${content.releases.length} valid release${content.releases.length === 1 ? "" : "s"} in ${path.join(contentDir, "releases")}; ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`;
  if (errors > 0) {
    console.error(summary);
    process.exit(1);
  }
  console.log(summary);
} catch (error) {
  process.exit(reportFailure(error));
}
