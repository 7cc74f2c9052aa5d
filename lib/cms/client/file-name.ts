import { slugFor } from "../../model/slug.ts";
import { helperKeyPrefix } from "./release-file.ts";

/** Data keys that carry a new release's file name to Decap's path template (lib/cms/cms-config.ts). */
export const fileYearKey = `${helperKeyPrefix}year`;
export const fileNameKey = `${helperKeyPrefix}name`;

export interface ReleaseFileName {
  /** The year folder: 2026. */
  readonly year: string;
  /** The file name without extension: 2026-12-03-port-of-havenmark-40-kg-of-cocaine-found. */
  readonly name: string;
}

/**
 * Where `npm run new` would put a release with this title and date (lib/tools/new-release.ts):
 * `YYYY/YYYY-MM-DD-<slug>`, the day as the date is written (the form writes the site's
 * wall-clock time, without offset) and the slug from lib/model/slug.ts, as the build
 * makes it. A title without letters or digits falls back to the `slug:` field.
 */
export function releaseFileName(date: unknown, title: unknown, slug: unknown): ReleaseFileName {
  const day = typeof date === "string" ? /^(\d{4})-\d{2}-\d{2}/.exec(date.trim()) : null;
  if (!day) throw new Error("Fill in the date before saving: the file name starts with it.");
  const fromTitle = typeof title === "string" ? slugFor(title).slug : "";
  const name = fromTitle || (typeof slug === "string" ? slug.trim() : "");
  if (!name) {
    throw new Error("The title has no letters or digits a file name can be made of; fill in the URL name (slug) in Latin letters, or start from a working title and change it later.");
  }
  return { year: day[1]!, name: `${day[0]}-${name}` };
}
