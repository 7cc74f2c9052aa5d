import matter from "gray-matter";
import type { DateTime } from "luxon";
import yaml from "js-yaml";
import type { MarkdownIt } from "markdown-it";
import type { SiteConfig } from "../config/site-config.ts";
import { parseReleaseDate } from "../dates/release-date.ts";
import type { ContentProblem } from "../errors.ts";
import type { FileReference, Release, ReleaseAttachment, ReleaseChange, ReleaseImage, ReleaseWithdrawal } from "../model/release.ts";
import { bodyFiles } from "../media/body-references.ts";
import { filePathOf } from "../media/file-references.ts";
import { knownFrontMatterKeys, releaseFrontMatterSchema } from "../model/release-schema.ts";
import { maxSlugLength, slugFor } from "../model/slug.ts";
import { closest, didYouMean } from "../model/suggest.ts";
import { deriveSummary } from "../model/summary.ts";
import { releasePath } from "../urls/site-urls.ts";
import { keyAtLine, lineOfKey, lineOfNestedKey } from "./front-matter-lines.ts";
import { normaliseRedirectPath, redirectPathProblem } from "../redirects/redirect-paths.ts";
import { findInvisibleCharacters, firstInvisibleCharacter, withoutInvisibleCharacters } from "./invisible-characters.ts";

export interface ParseResult {
  readonly release?: Release;
  readonly problems: readonly ContentProblem[];
}

// The core schema keeps `date: 2015-09-11` a string: YAML's timestamp type would turn
// it into a UTC Date and lose the day in zones east of Greenwich.
const matterOptions = {
  engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object },
};

/** Validates one release file's text and turns it into a Release, or says what is wrong. */
export function parseRelease(file: string, source: string, config: SiteConfig, md: MarkdownIt, buildTime: DateTime): ParseResult {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string, line?: number) =>
    problems.push({ file, line, field, message, severity: "error" });
  const warning = (field: string, message: string, line?: number) =>
    problems.push({ file, line, field, message, severity: "warning" });

  // Stray control characters are dropped before anything else reads the file: YAML would
  // refuse the whole front matter for one, and no output can carry them. Deleting
  // characters keeps every line where it was.
  const invisible = findInvisibleCharacters(source);
  const text = invisible.length > 0 ? withoutInvisibleCharacters(source) : source;

  if (!/^---[ \t]*\n/.test(text)) {
    problem("front matter", "the file does not start with a front-matter block; begin it with a line of ---, then title and date, then ---", 1);
    return { problems };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, matterOptions);
  } catch (cause) {
    const error = cause as { reason?: string; mark?: { line: number }; message: string };
    // gray-matter hands js-yaml the text after the opening ---, starting with its newline.
    const line = error.mark ? error.mark.line + 1 : undefined;
    // The control characters YAML refuses that are not dropped above (DEL and U+0080–U+009F).
    const control = /[\u007F-\u0084\u0086-\u009F]/.exec(text)?.[0];
    if (error.reason === "the stream contains non-printable characters" && control) {
      const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      problem("front matter", `holds the invisible control character ${code}, which YAML does not allow; delete it (it was probably pasted from another program)`, line);
      return { problems };
    }
    problem("front matter", `invalid YAML: ${error.reason ?? error.message}; check indentation, and quote values that contain a colon or start with a quote`, line);
    return { problems };
  }
  // The opening line may end in spaces ("--- "); the front matter proper starts on line 2.
  const raw = parsed.matter.replace(/^[ \t]*\n/, "");
  const lastFrontMatterLine = 1 + raw.split("\n").length;
  const invisibleWarned = new Set<string>();
  const invisibleCharacter = (field: string, name: string, line: number | undefined, escaped = false) => {
    if (invisibleWarned.has(field)) return;
    invisibleWarned.add(field);
    const where = line === undefined ? "" : ` at line ${line}`;
    warning(field, escaped
      ? `delete the invisible character ${name}${where}, written as an escape in quotes; pages and feeds leave it out`
      : `delete the invisible character ${name}${where}; it was probably pasted from a word processor`, line);
  };
  for (const found of invisible) {
    const field = found.line > lastFrontMatterLine + 1 ? "body"
      : found.line > lastFrontMatterLine ? "front matter" // the closing ---
      : keyAtLine(raw, found.line) ?? "front matter";
    invisibleCharacter(field, found.name, found.line);
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    problem("front matter", "must be a set of key: value lines (title, date, …)", 2);
    return { problems };
  }

  const result = releaseFrontMatterSchema(config).safeParse(data);
  const known = knownFrontMatterKeys(config);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          const hint = didYouMean(key, known);
          problem(key, `unknown key.${hint || ` Allowed keys: ${known.join(", ")}.`}`, lineOfKey(raw, key));
        }
        continue;
      }
      const [field = "front matter", ...rest] = issue.path;
      const item = rest.find((part): part is number => typeof part === "number");
      const nested = rest.find((part): part is string => typeof part === "string");
      // changes[2].note: the field, the item an editor counts from one, the key inside it.
      const label = String(field) + rest.map((part) => (typeof part === "number" ? `[${part + 1}]` : `.${String(part)}`)).join("");
      const line = nested === undefined ? lineOfKey(raw, String(field), item) : lineOfNestedKey(raw, String(field), nested, item);
      problem(label, issue.message, line);
    }
  }
  const fm = (result.success ? result.data : data) as Record<string, unknown>;

  const date = parseReleaseDate(fm["date"], config.timeZone);
  if (!date.ok) {
    problem("date", fm["date"] === undefined ? "is required; add e.g. date: 2015-09-11" : date.message, lineOfKey(raw, "date"));
  } else if (date.warning) warning("date", date.warning, lineOfKey(raw, "date"));
  let updated: string | undefined;
  if (fm["updated"] !== undefined) {
    const parsedUpdated = parseReleaseDate(fm["updated"], config.timeZone);
    if (!parsedUpdated.ok) problem("updated", parsedUpdated.message, lineOfKey(raw, "updated"));
    else if (date.ok && parsedUpdated.value < date.value) {
      problem("updated", `${String(fm["updated"])} is before the release date ${String(fm["date"])}; updated must be on or after date`, lineOfKey(raw, "updated"));
    } else {
      if (parsedUpdated.warning) warning("updated", parsedUpdated.warning, lineOfKey(raw, "updated"));
      updated = parsedUpdated.value.toISO() ?? undefined;
    }
  }

  // A change or a withdrawal dated before the release, or after this build, cannot be true
  // yet: readers would see an update that has not happened. Lifecycle dates (issue #10).
  const now = buildTime.toMillis();
  const lifecycleDate = (value: unknown, label: string, line: number | undefined): { iso: string; timestamp: number; hasTime: boolean } | undefined => {
    const parsed = parseReleaseDate(value, config.timeZone);
    if (!parsed.ok) {
      problem(label, value === undefined ? "is required; add e.g. date: 2026-03-02" : parsed.message, line);
      return undefined;
    }
    if (parsed.warning) warning(label, parsed.warning, line);
    if (date.ok && parsed.value < date.value) {
      problem(label, `${String(value)} is before the release date ${String(fm["date"])}; it must be on or after the date the release was published`, line);
      return undefined;
    }
    if (parsed.value.toMillis() > now) {
      problem(label, `${String(value)} is after this build (${buildTime.setZone(config.timeZone).toFormat("yyyy-MM-dd HH:mm ZZZZ")}); date it when it happened, not ahead`, line);
      return undefined;
    }
    return { iso: parsed.value.toISO() ?? "", timestamp: parsed.value.toMillis(), hasTime: hasTimeOfDay(value) };
  };
  const changes: ReleaseChange[] = [];
  if (result.success && fm["changes"]) {
    (fm["changes"] as { date: unknown; note: string }[]).forEach((change, i) => {
      const at = lifecycleDate(change.date, `changes[${i + 1}].date`, lineOfNestedKey(raw, "changes", "date", i));
      if (at) changes.push({ date: at.iso, hasTime: at.hasTime, note: withoutInvisibleCharacters(change.note).trim() });
    });
  }
  changes.sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  // The latest change is the release's modified date everywhere; `updated:` still counts.
  const latestChange = changes[0]?.date;
  if (latestChange && (!updated || Date.parse(latestChange) > Date.parse(updated))) updated = latestChange;

  let withdrawn: ReleaseWithdrawal | undefined;
  if (result.success && fm["withdrawn"]) {
    const given = fm["withdrawn"] as { date: unknown; reason: string };
    const at = lifecycleDate(given.date, "withdrawn.date", lineOfNestedKey(raw, "withdrawn", "date"));
    if (at) withdrawn = { date: at.iso, timestamp: at.timestamp, hasTime: at.hasTime, reason: withoutInvisibleCharacters(given.reason).trim() };
  }

  const aliases: string[] = [];
  if (result.success && Array.isArray(fm["aliases"])) {
    (fm["aliases"] as string[]).forEach((alias, i) => {
      const wrong = redirectPathProblem(alias);
      if (wrong) problem(`aliases[${i + 1}]`, wrong, lineOfKey(raw, "aliases", i));
      else aliases.push(normaliseRedirectPath(alias));
    });
  }

  // A release's contacts are keys of site.json's `contacts` (issue #11).
  const contactKeys = config.contacts.map((contact) => contact.key);
  const contacts: string[] = [];
  if (result.success && Array.isArray(fm["contacts"])) {
    (fm["contacts"] as string[]).forEach((key, i) => {
      if (contactKeys.includes(key)) contacts.push(key);
      else {
        const known = contactKeys.length === 0 ? " site.json has no contacts; add them there (see docs/configuration.md) or remove this key."
          : didYouMean(key, contactKeys) || ` Use one of: ${contactKeys.join(", ")}.`;
        problem(`contacts[${i + 1}]`, `"${key}" is not a contact in site.json.${known}`, lineOfKey(raw, "contacts", i));
      }
    });
  }
  const author = result.success && Array.isArray(fm["author"])
    ? (fm["author"] as string[]).map((name, i) => {
      const invisible = firstInvisibleCharacter(name);
      if (invisible) invisibleCharacter("author", invisible, lineOfKey(raw, "author", i), true);
      return withoutInvisibleCharacters(name).trim().replace(/\s+/g, " ");
    }).filter((name) => name !== "")
    : [];

  // The lead image and the documents (issue #11); whether the files exist is checked where
  // the disk is read (lib/media/media-problems.ts), not here, so parsing stays cacheable.
  let image: ReleaseImage | undefined;
  const files: FileReference[] = [];
  if (result.success && fm["image"]) {
    const given = fm["image"] as { src: string; alt: string; caption?: string; credit?: string };
    const clean = (value: string | undefined) => (value === undefined ? undefined : withoutInvisibleCharacters(value).trim().replace(/\s+/g, " "));
    image = { src: given.src, alt: clean(given.alt) ?? "", caption: clean(given.caption), credit: clean(given.credit) };
    files.push({ ref: filePathOf(given.src), kind: "image", field: "image.src", line: lineOfNestedKey(raw, "image", "src") });
  }
  const attachments: ReleaseAttachment[] = [];
  if (result.success && Array.isArray(fm["attachments"])) {
    (fm["attachments"] as { file: string; title: string }[]).forEach((attachment, i) => {
      attachments.push({ file: attachment.file, title: withoutInvisibleCharacters(attachment.title).trim().replace(/\s+/g, " ") });
      files.push({ ref: filePathOf(attachment.file), kind: "document", field: `attachments[${i + 1}].file`, line: lineOfNestedKey(raw, "attachments", "file", i) });
    });
  }
  const leadingBlankLines = /^\n*/.exec(parsed.content)?.[0].length ?? 0;
  const inBody = bodyFiles(md, parsed.content.replace(/^\n+/, ""), lastFrontMatterLine + 2 + leadingBlankLines);
  files.push(...inBody.files);

  // A release's language is one of the site's (issue #14); without `lang:`, the default.
  const languageTags = config.languages?.map((l) => l.tag) ?? [config.language];
  const lang = typeof fm["lang"] === "string" ? fm["lang"] : config.language;
  if (!languageTags.includes(lang)) {
    const fix = languageTags.length === 1 ? ` The site publishes in ${config.language} only; remove lang:, or add the language to site.json's languages (docs/configuration.md).` : ` Use one of: ${languageTags.join(", ")}.${didYouMean(lang, languageTags)}`;
    problem("lang", `"${lang}" is not a language of this site.${fix}`, lineOfKey(raw, "lang"));
  }

  const typeKeys = config.releaseTypes.map((t) => t.key);
  const type = typeof fm["type"] === "string" ? fm["type"] : config.defaultType;
  if (!typeKeys.includes(type)) {
    problem("type", `"${type}" is not a release type; use one of ${typeKeys.join(", ")}.${didYouMean(type, typeKeys)}`, lineOfKey(raw, "type"));
  }

  const terms: Record<string, readonly string[]> = {};
  for (const taxonomy of config.taxonomies) {
    const list = fm[taxonomy.key];
    if (!Array.isArray(list)) {
      terms[taxonomy.key] = [];
      continue;
    }
    const clean = list.filter((t): t is string => typeof t === "string").map((t, i) => {
      const name = firstInvisibleCharacter(t);
      if (name) invisibleCharacter(taxonomy.key, name, lineOfKey(raw, taxonomy.key, i), true);
      return withoutInvisibleCharacters(t).trim().replace(/\s+/g, " ");
    });
    if (taxonomy.terms && result.success) {
      clean.forEach((term, i) => {
        if (!taxonomy.terms!.includes(term)) {
          const suggestion = closest(term, taxonomy.terms!);
          problem(
            `${taxonomy.key}[${i + 1}]`,
            `"${term}" is not in the controlled list of ${taxonomy.label}.${suggestion ? ` Did you mean "${suggestion}"?` : ` Use one of: ${taxonomy.terms!.join(", ")}.`}`,
            lineOfKey(raw, taxonomy.key, i),
          );
        }
      });
    }
    terms[taxonomy.key] = [...new Set(clean)];
  }

  const plainText = (key: string): string | undefined => {
    const value = fm[key];
    if (typeof value !== "string") return undefined;
    const name = firstInvisibleCharacter(value);
    if (name) invisibleCharacter(key, name, lineOfKey(raw, key), true);
    return withoutInvisibleCharacters(value).trim();
  };
  const title = plainText("title") ?? "";
  if (result.success && !title) problem("title", "is empty once its invisible characters are left out; write the headline", lineOfKey(raw, "title"));
  const derived = slugFor(title);
  const slug = typeof fm["slug"] === "string" ? fm["slug"] : derived.slug;
  if (title && !slug) {
    problem("slug", `the title "${title}" gives an empty URL slug; add slug: with lower-case ASCII words, e.g. slug: port-security-conference`, lineOfKey(raw, "title"));
  } else if (typeof fm["slug"] !== "string" && derived.fullLength > maxSlugLength) {
    warning("slug",
      `the title gives a URL slug of ${derived.fullLength} characters, more than the ${maxSlugLength} a folder name may safely have; ` +
      `it was cut at a word to ${slug}. To choose it yourself, add slug: with at most ${maxSlugLength} lower-case letters, digits and hyphens`,
      lineOfKey(raw, "title"));
  }
  const givenSummary = plainText("summary");

  if (!date.ok || problems.some((p) => p.severity === "error")) return { problems };

  const when = date.value;
  const year = when.toFormat("yyyy");
  const month = when.toFormat("MM");
  const body = parsed.content.replace(/^\n+/, "");
  const summary = givenSummary ?? deriveSummary(body, md);
  const release: Release = {
    sourcePath: file,
    title,
    date: when.toISO() ?? "",
    timestamp: when.toMillis(),
    hasTime: hasTimeOfDay(fm["date"]),
    year,
    month,
    updated,
    changes,
    withdrawn,
    aliases: [...new Set(aliases)],
    type,
    summary,
    terms,
    sourceUrl: typeof fm["source_url"] === "string" ? fm["source_url"] : undefined,
    contacts: [...new Set(contacts)],
    author: [...new Set(author)],
    image,
    attachments,
    files,
    remoteImages: inBody.remote,
    lang,
    translationOf: typeof fm["translation_of"] === "string" ? fm["translation_of"] : undefined,
    slug,
    url: releasePath(year, month, slug),
    draft: fm["draft"] === true,
    body,
  };
  // Said after the release is made, so check reports its files' problems in the same run.
  for (const { ref, line } of inBody.missingAlt) {
    problem("body", `the image ${ref ? `"${ref}" ` : ""}has no description; write what it shows between the brackets, e.g. ![Officers at the harbour checkpoint](${ref || "photo.jpg"}). Every image in a release carries information (docs/editors-guide.md#images-and-documents)`, line);
  }
  return { release, problems };
}

/** `2015-09-11T14:30` names a time of day; `2015-09-11` names the whole day. */
function hasTimeOfDay(value: unknown): boolean {
  return typeof value === "string" && value.includes("T");
}
