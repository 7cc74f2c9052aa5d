import type { DateTime } from "luxon";
import type { LoadedContent } from "../content/load-content.ts";
import { formatProblem } from "../errors.ts";
import { Newsroom, type BuildMode } from "./newsroom.ts";

/**
 * The model every template reads, from content that was already loaded and validated
 * (lib/build/validate-site.ts), so a build reads and parses each release once.
 */
export function newsroomFrom(content: LoadedContent, mode: BuildMode, buildTime: DateTime, log: (line: string) => void = (l) => console.warn(l)): Newsroom {
  for (const warning of content.problems.filter((p) => p.severity === "warning")) log(formatProblem(warning));
  return new Newsroom(content.config, content.releases, mode, buildTime);
}
