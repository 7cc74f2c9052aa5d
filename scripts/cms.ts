/**
 * `npm run cms [-- --port 8082 --proxy-port 8081 --host 127.0.0.1 --content DIR --repo DIR]`:
 * the browser editor (Decap CMS) against this checkout, without a git host
 * (lib/cms/local-cms.ts). Saving writes the release file; commit it as any other edit.
 */
import path from "node:path";
import { buildOptionsFrom } from "../lib/build/command-line.ts";
import { reportFailure } from "../lib/build/report-failure.ts";
import { startLocalCms } from "../lib/cms/local-cms.ts";
import { ConfigError } from "../lib/errors.ts";

try {
  const { options, values } = buildOptionsFrom(process.argv.slice(2), process.env, {
    port: { type: "string" },
    "proxy-port": { type: "string" },
    host: { type: "string" },
    repo: { type: "string" },
  });
  const port = (name: string, fallback: number) => {
    const value = Number(values[name] ?? fallback);
    if (!Number.isInteger(value) || value < 0 || value > 65535) throw new ConfigError(`--${name} must be a port number, e.g. ${fallback}.`);
    return value;
  };
  const contentDir = options.contentDir ?? "content";
  const cms = await startLocalCms({
    repoDir: path.resolve(typeof values["repo"] === "string" ? values["repo"] : "."),
    contentDir,
    publicDir: options.publicDir ?? "public",
    pathPrefix: options.pathPrefix,
    host: typeof values["host"] === "string" ? values["host"] : "127.0.0.1",
    port: port("port", 8082),
    proxyPort: port("proxy-port", 8081),
    environment: process.env,
  });
  console.log(`The editor for ${contentDir}/ is at ${cms.url} (only this machine can reach it). Log in with the button; saving writes the file into this checkout: run npm run check, preview with npm start, and commit it with git.`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cms.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143)));
  }
} catch (error) {
  process.exit(reportFailure(error));
}
