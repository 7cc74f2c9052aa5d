/**
 * One full preview build, run by `npm start` in the background for the preview's search
 * index (lib/preview/start-preview.ts; Pagefind cannot add to an index): development
 * mode, drafts included (never indexed), into the preview's own folder only.
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
