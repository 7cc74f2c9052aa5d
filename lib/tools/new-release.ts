import yaml from "js-yaml";
import type { DateTime } from "luxon";
import type { SiteConfig } from "../config/site-config.ts";
import { withoutInvisibleCharacters } from "../content/invisible-characters.ts";
import { parseReleaseDate } from "../dates/release-date.ts";
import { ConfigError } from "../errors.ts";
import { slugFor } from "../model/slug.ts";
import { didYouMean } from "../model/suggest.ts";

/**
 * `npm run new` (issue #11): the text and place of a new release, from a title, the
 * options and the site configuration. Pure: the script reads the settings and writes the
 * file; "now" is the build's now, passed in.
 */
export interface NewReleaseRequest {
  readonly title: string | undefined;
  /** A configured release type key; the site's default type when absent. */
  readonly type?: string | undefined;
  /** A release date as front matter accepts it; now, to the minute, when absent. */
  readonly date?: string | undefined;
  /** Write `<name>/index.md`, a folder for the release's images and documents. */
  readonly bundle?: boolean | undefined;
}

export interface NewRelease {
  /** Where to write it, relative to the content folder, with forward slashes. */
  readonly file: string;
  /** The same release in the other form (bundle or plain file): it must not exist either. */
  readonly otherForm: string;
  readonly text: string;
  /** A date that had to be interpreted (a clock change), said in words. */
  readonly warning?: string | undefined;
}

export const usage = 'Usage: npm run new -- "Title of the release" [--type news] [--date 2026-12-03T09:00] [--bundle] [--content DIR]';

export function newRelease(request: NewReleaseRequest, config: SiteConfig, now: DateTime): NewRelease {
  const title = cleanTitle(request.title);
  const slug = slugFor(title).slug;
  if (!slug) {
    throw new ConfigError(
      `The title "${title}" has no letters or digits a file name and URL can be made of. ` +
        "Start from a working title in Latin letters and change the title afterwards, adding slug: with the URL name you want.",
    );
  }
  const type = releaseType(request.type, config);
  const { written, when, warning } = releaseDate(request.date, config.timeZone, now);

  const name = `${when.toFormat("yyyy-MM-dd")}-${slug}`;
  const folder = `releases/${when.toFormat("yyyy")}`;
  const plain = `${folder}/${name}.md`;
  const bundle = `${folder}/${name}/index.md`;
  return {
    file: request.bundle ? bundle : plain,
    otherForm: request.bundle ? plain : bundle,
    text: releaseText({ title, date: written, year: when.toFormat("yyyy"), month: when.toFormat("MM"), type }, config, request.bundle === true),
    warning,
  };
}

/** One line of plain text: a title is never several lines, and invisible characters only cause warnings later. */
function cleanTitle(given: string | undefined): string {
  const title = withoutInvisibleCharacters(given ?? "").replace(/\s+/g, " ").trim();
  if (!title) throw new ConfigError(`The release needs a title; write it in quotes after --. ${usage}`);
  return title;
}

function releaseType(given: string | undefined, config: SiteConfig): string {
  if (given === undefined) return config.defaultType;
  const keys = config.releaseTypes.map((t) => t.key);
  if (keys.includes(given)) return given;
  const what = given.trim() === "" ? "--type needs a release type" : `--type "${given}" is not a release type of this site`;
  throw new ConfigError(`${what}; use one of ${keys.join(", ")}, or leave --type out for ${config.defaultType}.${didYouMean(given, keys)}`);
}

/**
 * A given date is written as the editor typed it, so a plain day stays a whole day; the
 * default is now in the site zone, to the minute, with its offset, so the time means one
 * instant even in the hour a clock change repeats.
 */
function releaseDate(given: string | undefined, zone: string, now: DateTime) {
  if (given === undefined) {
    const when = now.setZone(zone).startOf("minute");
    return { written: when.toFormat("yyyy-MM-dd'T'HH:mmZZ"), when, warning: undefined };
  }
  const parsed = parseReleaseDate(given, zone);
  if (!parsed.ok) {
    throw new ConfigError(`--date: ${parsed.message}. Dates are read in ${zone}: write 2026-12-03, 2026-12-03T09:00 or 2026-12-03T09:00+01:00.`);
  }
  return { written: given.trim(), when: parsed.value, warning: parsed.warning === undefined ? undefined : `--date: ${parsed.warning}.` };
}

interface Fields {
  readonly title: string;
  readonly date: string;
    readonly year: string;
  readonly month: string;
  readonly type: string;
}

/** Hints are trailing YAML comments, so a line stays valid when an editor removes its leading "# ". */
function releaseText(f: Fields, config: SiteConfig, bundle: boolean): string {
  // A folder names its files beside index.md; a single file names them in content/media/.
  const file = (name: string) => (bundle ? name : `/media/${name}`);
  const types = config.releaseTypes.map((t) => t.key).join(", ");
  const taxonomyLines = config.taxonomies.map((t) => {
    const examples = t.terms ? `: ${t.terms.slice(0, 4).join(", ")}${t.terms.length > 4 ? ", …" : ""}` : "";
    return `${t.key}: []  # ${t.label}${examples}`;
  });
  const lines = [
    "---",
    `title: ${quoted(f.title)}`,
    `date: ${f.date}  # 2026-12-03 (the whole day) or 2026-12-03T09:00; a date still to come is published at that moment`,
    `type: ${f.type}  # one of ${types}`,
    "# summary: One or two plain sentences for lists, feeds and search  # without it, the first paragraph is used",
    ...(taxonomyLines.length > 0 ? ["# Terms: in place of [], one per line below the key, as \"  - Burglary\"; keep [] where none applies", ...taxonomyLines] : []),
    "# source_url: https://example.org/original-release  # the original publication, if there is one",
    ...(config.contacts.length > 0
      ? [`# contacts: [${config.contacts[0]!.key}]  # media contacts shown instead of the press office: ${config.contacts.map((c) => c.key).join(", ")}`]
      : []),
    `# author: [${quoted(config.publisher)}, "Partner organisation"]  # a joint or partner release: the organisations that issued it`,
    "# image:  # the lead image, under the headline and on social media cards",
    `#   src: ${file("photo.jpg")}`,
    "#   alt: What the photo shows, for readers who cannot see it",
    "#   caption: A caption under the photo",
    "#   credit: The photographer or the organisation",
    "# attachments:  # documents to download, listed under the text with their type and size",
    `#   - file: ${file("report.pdf")}`,
    "#     title: Title of the document",
    "draft: true  # the preview (npm start) shows it, published builds leave it out; delete this line when it is ready",
    "# slug: short-url-name  # replaces the URL name made from the title: lower-case letters, digits and hyphens",
    "# changes:  # corrections after publication, each a date and a note of what changed",
    `#   - date: ${f.date}`,
    "#     note: Corrected the number of arrests from 4 to 5.",
    "# withdrawn:  # when the release must no longer be read as current; the page stays, with your reason",
    `#   date: ${f.date}`,
    "#   reason: The man has been found safe and well.",
    "# aliases:  # old addresses of this release, which will redirect here",
    `#   - /news/${f.year}/${f.month}/old-name-of-this-release/`,
    "---",
    "Replace this paragraph with the release: who, what, where and when first, then the details. " +
      "Until you do, it is what readers would see as the summary.",
    "",
  ];
  return lines.join("\n");
}

/** A YAML double-quoted scalar: quotes, colons, `#` and control characters are all safe in it. */
function quoted(value: string): string {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, forceQuotes: true, quotingType: '"', lineWidth: -1 }).trimEnd();
}
