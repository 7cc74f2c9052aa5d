/**
 * The one error hierarchy of Newsroom. Every message says what happened, where,
 * and what to do; tests assert the class, people read the message.
 */

/** A problem found in one place of the content, reported as `file:line: field: message`. */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file, when it can be known. */
  readonly line?: number | undefined;
  /** Front-matter field (or `front matter`, `encoding`, `url`) the problem is about. */
  readonly field: string;
  readonly message: string;
  /** Warnings are printed but do not fail a build. */
  readonly severity: "error" | "warning";
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${where}: ${prefix}${problem.field}: ${problem.message}`;
}

export class NewsroomError extends Error {
  override name = "NewsroomError";
}

/** The site configuration file is missing or invalid. */
export class ConfigError extends NewsroomError {
  override name = "ConfigError";
}

/** One or more releases are invalid; the build writes nothing. */
export class ContentError extends NewsroomError {
  override name = "ContentError";
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `${errors.length} problem${errors.length === 1 ? "" : "s"} in the content; nothing was built:\n` +
        errors.map(formatProblem).join("\n"),
    );
    this.problems = problems;
  }
}

/** Something went wrong while writing the site (Eleventy, Pagefind, file system). */
export class BuildError extends NewsroomError {
  override name = "BuildError";
}
