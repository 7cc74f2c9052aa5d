/** `npm run build`: validate, build into a staging folder, swap it in as _site/. */
import { buildSite } from "../lib/build/build-site.ts";
import { NewsroomError } from "../lib/errors.ts";

try {
  const result = await buildSite({ outDir: process.argv[2] ?? "_site" });
  console.log(`Built ${result.releases} releases into ${result.outDir} (${result.files} pages) in ${result.seconds.toFixed(1)} s.`);
} catch (error) {
  if (error instanceof NewsroomError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
