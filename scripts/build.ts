/**
 * `npm run build [-- --out DIR --allow-shrink]`: validate, build into the build store,
 * publish by swapping the output link (lib/build/output-folder.ts).
 */
import { buildSite } from "../lib/build/build-site.ts";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";

try {
  const { options } = buildOptionsFrom(process.argv.slice(2), process.env);
  const result = await buildSite(options);
  console.log(`Built ${result.releases} releases into ${result.outDir} (${result.files} pages) in ${result.seconds.toFixed(1)} s.`);
} catch (error) {
  process.exit(reportFailure(error));
}
