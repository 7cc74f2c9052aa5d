import type { Newsroom } from "../lib/site/newsroom.ts";

/** "1 release", "1,204 releases", with digits grouped for the site language. */
export function releaseCount(site: Newsroom, count: number): string {
  return `${count.toLocaleString(site.config.language)} release${count === 1 ? "" : "s"}`;
}
