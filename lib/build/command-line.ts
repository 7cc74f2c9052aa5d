import { parseArgs } from "node:util";
import { ConfigError } from "../errors.ts";
import type { BuildOptions } from "./build-site.ts";

/**
 * The one place the documented environment and command-line flags become build
 * settings; everything below receives them as arguments. A flag wins over the
 * environment, the environment over the defaults.
 */
export function buildOptionsFrom(argv: readonly string[], env: NodeJS.ProcessEnv, extra: Record<string, { type: "string" | "boolean" }> = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        content: { type: "string" },
        public: { type: "string" },
        prefix: { type: "string" },
        "build-time": { type: "string" },
        "allow-shrink": { type: "boolean" },
        clean: { type: "boolean" },
        ...extra,
      },
    });
  } catch (cause) {
    throw new ConfigError(`${(cause as Error).message}. Options: --out DIR, --content DIR, --public DIR, --prefix /path/, --build-time ISO, --allow-shrink, --clean${Object.keys(extra).map((k) => `, --${k}`).join("")}.`);
  }
  const { values, positionals } = parsed;
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const options: BuildOptions = {
    contentDir: text(values["content"]) ?? text(env["NEWSROOM_CONTENT_DIR"]) ?? "content",
    publicDir: text(values["public"]) ?? "public",
    outDir: text(values["out"]) ?? positionals[0] ?? "_site",
    pathPrefix: text(values["prefix"]) ?? text(env["NEWSROOM_PATH_PREFIX"]),
    buildTime: text(values["build-time"]) ?? text(env["NEWSROOM_BUILD_TIME"]),
    allowShrink: values["allow-shrink"] === true,
    clean: values["clean"] === true,
  };
  return { options, values: values as Readonly<Record<string, string | boolean | undefined>> };
}
