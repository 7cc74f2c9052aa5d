/**
 * One preview build, run by `npm start` in a child process (lib/preview/rebuild-loop.ts):
 * development mode, drafts included, into the preview's own folder only.
 */
import { buildSite } from "../lib/build/build-site.ts";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";

try {
  const { options } = buildOptionsFrom(process.argv.slice(2), process.env);
  await buildSite({ ...options, mode: "development", allowShrink: true });
} catch (error) {
  process.exit(reportFailure(error));
}
