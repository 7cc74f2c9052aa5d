/**
 * `npm run serve [-- --port N --prefix /newsroom/ --dir _site]`: serves a built site as
 * static files, with its `_headers` and `_redirects` applied as Cloudflare Pages would.
 */
import { parseArgs } from "node:util";
import { serveStatic } from "../lib/build/static-server.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" }, prefix: { type: "string" }, dir: { type: "string", default: "_site" } } });
const server = await serveStatic(values.dir, { port: Number(values.port), pathPrefix: values.prefix });
console.log(`Serving ${values.dir} at ${server.url}`);
