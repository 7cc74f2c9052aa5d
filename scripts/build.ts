/**
 * `npm run build [-- --out DIR --allow-shrink --clean]`: validate, build into the build store,
 * publish by swapping the output link (lib/build/output-folder.ts).
 */
import { buildSite } from "../lib/build/build-site.ts";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";

try {
  const { options } = buildOptionsFrom(process.argv.slice(2), process.env);
  const result = await buildSite(options);
  const { incremental } = result;
  const how = incremental.fullBecause === undefined
    ? `incremental: ${incremental.renderedPages} pages rendered, ${incremental.reusedPages} taken from the ${incremental.base === "standby" ? "build before (updated in place)" : "live build"}; ${incremental.indexedShards} of ${incremental.indexedShards + incremental.reusedShards} search shards indexed`
    : `full build: ${incremental.fullBecause}`;
  console.log(`Built ${result.releases} releases into ${result.outDir} (${result.files} files written) in ${result.seconds.toFixed(1)} s; ${how}.`);
  const next = result.nextPublication;
  if (next) console.log(`Next scheduled release: ${next.file}, publishes ${next.shown} (${next.wait}); build again then (the time is in ${result.outDir}.builds/next-publication.json).`);
} catch (error) {
  process.exit(reportFailure(error));
}
