import { NewsroomError } from "../errors.ts";

/**
 * Prints a failure for a person and returns the exit code. A NewsroomError's message
 * says what, where and what to do; anything else is a bug in Newsroom, and its stack
 * is for whoever fixes it, so it is printed under a plain first line.
 */
export function reportFailure(error: unknown): number {
  if (error instanceof NewsroomError) {
    console.error(error.message);
    return 1;
  }
  console.error(`Newsroom stopped on an unexpected error: ${(error as Error)?.message ?? String(error)}`);
  console.error("Nothing was published. This is a bug in Newsroom; please report it with the lines below.");
  console.error((error as Error)?.stack ?? "");
  return 2;
}
