import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import type { SiteConfigInput } from "../../lib/config/site-config.ts";
import { tempFolder } from "./temp-folder.ts";

/** A small, complete site configuration for fixture builds; tests override what they test. */
export const fixtureConfig: SiteConfigInput = {
  title: "Fixture Newsroom",
  publisher: "Fixture Agency",
  description: "A newsroom made by a test.",
  baseUrl: "https://fixture.example",
  language: "en",
  timeZone: "Europe/Amsterdam",
  pathPrefix: "/",
  pageSize: 3,
  releaseTypes: [
    { key: "press-release", label: "Press release", plural: "Press releases" },
    { key: "news", label: "News" },
    { key: "speech", label: "Speech", plural: "Speeches" },
    { key: "statement", label: "Statement", plural: "Statements" },
  ],
  taxonomies: [
    { key: "crime_areas", label: "Crime areas", slug: "crime-areas" },
    { key: "target_groups", label: "Target groups", slug: "target-groups" },
  ],
};

export interface FixtureRelease {
  readonly title: string;
  readonly date: string;
  readonly body?: string;
  /** Any other front-matter keys, written as YAML. */
  readonly [key: string]: unknown;
}

/** Front matter + body as an editor would write it. */
export function releaseSource(release: FixtureRelease): string {
  const { body = "A release written by a test.", ...fields } = release;
  const text = Object.entries(fields)
    .map(([key, value]) =>
      // Nested entries (changes:, withdrawn:) as YAML writes them; lists of text one per line.
      (Array.isArray(value) && value.some((v) => typeof v === "object")) || (typeof value === "object" && value !== null && !Array.isArray(value))
        ? yaml.dump({ [key]: value }, { schema: yaml.CORE_SCHEMA }).trimEnd()
        : Array.isArray(value)
          ? `${key}:\n${value.map((v) => `  - ${JSON.stringify(v)}`).join("\n")}`
          : `${key}: ${typeof value === "string" ? JSON.stringify(value) : String(value)}`,
    )
    .join("\n");
  return `---\n${text}\n---\n${body}\n`;
}

export interface FixtureSite {
  /** The project-like root: content/ lives under it. */
  readonly root: string;
  readonly contentDir: string;
  readonly outDir: string;
  /** Writes (or overwrites) a release file from raw text, relative to releases/. */
  writeRaw(relativePath: string, text: string | Uint8Array): string;
  write(relativePath: string, release: FixtureRelease): string;
}

/** A throw-away site in the system temp folder. */
export function makeFixtureSite(config: Partial<SiteConfigInput> = {}, releases: Record<string, FixtureRelease> = {}): FixtureSite {
  const root = tempFolder("newsroom-fixture-");
  const contentDir = path.join(root, "content");
  mkdirSync(path.join(contentDir, "releases"), { recursive: true });
  writeFileSync(path.join(contentDir, "site.json"), JSON.stringify({ ...fixtureConfig, ...config }, null, 2));
  const site: FixtureSite = {
    root,
    contentDir,
    outDir: path.join(root, "_site"),
    writeRaw(relativePath, text) {
      const file = path.join(contentDir, "releases", relativePath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    write(relativePath, release) {
      return site.writeRaw(relativePath, releaseSource(release));
    },
  };
  for (const [file, release] of Object.entries(releases)) site.write(file, release);
  return site;
}
