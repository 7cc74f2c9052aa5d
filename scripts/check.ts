/**
 * `npm run check`: validates every release and prints each problem as
 * `file:line: field: message`, then exits 1 when any is an error. Warnings
 * (e.g. merged term spellings) are printed but do not fail.
 */
import path from "node:path";
import { loadContent } from "../lib/content/load-content.ts";
import { formatProblem, NewsroomError } from "../lib/errors.ts";

const contentDir = process.argv[2] ?? process.env["NEWSROOM_CONTENT_DIR"] ?? "content";
try {
  const content = loadContent({ contentDir, includeDrafts: true });
  for (const problem of content.problems) console.log(formatProblem(problem));
  const errors = content.problems.filter((p) => p.severity === "error").length;
  const warnings = content.problems.length - errors;
  const summary = `${content.releases.length} valid release${content.releases.length === 1 ? "" : "s"} in ${path.join(contentDir, "releases")}; ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`;
  if (errors > 0) {
    console.error(summary);
    process.exit(1);
  }
  console.log(summary);
} catch (error) {
  if (error instanceof NewsroomError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
