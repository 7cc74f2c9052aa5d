import { readFileSync } from "node:fs";
import { IANAZone } from "luxon";
import { z } from "zod";
import { ConfigError } from "../errors.ts";
import { maxSlugLength } from "../model/slug.ts";
import { didYouMean } from "../model/suggest.ts";
import { contrastRatio } from "../branding/contrast.ts";
import { baseFrontMatterShape } from "../model/release-schema.ts";
import { redirectPathProblem } from "../redirects/redirect-paths.ts";
import { reservedNames } from "../search/facet-groups.ts";
import { defaultSegment } from "../languages/site-languages.ts";
import { languageEntrySchema, taxonomyLabelsSchema, termTranslationsSchema, typeLabelsSchema } from "../languages/language-settings.ts";

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const urlSegment = (example: string) =>
  z
    .string()
    .regex(slugPattern, `use lower-case letters, digits and hyphens, e.g. ${example}`)
    .max(maxSlugLength, `is longer than the ${maxSlugLength} characters a URL segment may have (it becomes a folder name); shorten it`);

// Every object is strict: a misspelt setting ("pathprefix") would otherwise be ignored
// without a word, and the site built with the default.
const releaseTypeSchema = z.strictObject({
  key: urlSegment("press-release"),
  label: z.string().min(1),
  /** Plural label for lists and the type page heading, e.g. "Press releases". */
  plural: z.string().min(1).optional(),
  /** The labels in the site's other languages, by language tag (issue #14). */
  labels: typeLabelsSchema.optional(),
});

const taxonomySchema = z.strictObject({
  /** Front-matter key, e.g. crime_areas. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, "use lower-case letters, digits and underscores, e.g. crime_areas"),
  label: z.string().min(1),
  /** URL segment of the taxonomy, e.g. crime-areas. */
  slug: urlSegment("crime-areas"),
  description: z.string().optional(),
  /** When given, only these terms are allowed (a controlled vocabulary). */
  terms: z.array(z.string().min(1)).optional(),
  /** Optional descriptions shown on term pages, keyed by the term as written. */
  termDescriptions: z.record(z.string(), z.string()).optional(),
  /** The label and description in the site's other languages, by language tag (issue #14). */
  labels: taxonomyLabelsSchema.optional(),
  /** Terms that are one term across languages, each by language tag (issue #14). */
  translations: termTranslationsSchema.optional(),
});

const markdownSchema = z.strictObject({
  /**
   * The one deliberate raw-HTML hole: whether HTML written inside a release's
   * Markdown body is passed through (true) or shown as text (false, the default).
   */
  allowHtml: z.boolean().default(false),
});

/** A retired page's old path and where it went: a site-root path or another site's URL. */
const redirectSchema = z.strictObject({
  from: z.string().superRefine((from, ctx) => {
    const problem = redirectPathProblem(from);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  to: z.string().superRefine((to, ctx) => {
    if (/^https?:\/\/[^/\s]+/.test(to) && URL.canParse(to)) return;
    const problem = to.startsWith("/") && !to.startsWith("//") ? (/[\s"<>`]/.test(to) ? `"${to}" contains a space or quote; write the path as readers type it` : undefined)
      : `"${to}" must be a path on this site (/news/) or an absolute http(s) URL (https://example.org/page)`;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
});

/** The white of the header's text and the page's background (public/assets/site.css). */
const white = "#ffffff";
/** WCAG 2.2 AA for text: the header's white text on the colour, and the colour as link text on white. */
const minimumContrast = 4.5;

/** An organisation's logo and colour in the header (issue #15). */
const brandSchema = z.strictObject({
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "write the colour as #rrggbb, e.g. #0b4f8a")
    .transform((colour) => colour.toLowerCase())
    .superRefine((colour, ctx) => {
      const ratio = contrastRatio(colour, white);
      if (ratio < minimumContrast) {
        ctx.addIssue({ code: "custom", message: `${colour} on white (and white on ${colour}) has a contrast of ${ratio.toFixed(2)}:1, below the ${minimumContrast}:1 WCAG AA asks of text; choose a darker shade` });
      }
    })
    .optional(),
  logo: z
    .strictObject({
      /** Site-relative path of a file in public/, e.g. /assets/logo.svg. */
      src: z.string().regex(/^\/[^\s"<>]*$/, "must be a path on this site, e.g. /assets/logo.svg"),
      /** The image's own size, so the header never shifts while it loads. */
      width: z.number().int().min(1),
      height: z.number().int().min(1),
    })
    .optional(),
});

/** A phone number as people write it: digits, spaces, a leading +, hyphens and parentheses. */
const phonePattern = /^\+?[0-9 ()-]+$/;
/** An address with one @, a dot in the domain and nothing a mailto: link cannot carry. */
const emailPattern = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:.]+$/;

/** A named media contact (issue #11): shown on release pages that name it; the default is the press office. */
const contactSchema = z.strictObject({
  /** What a release writes under `contacts:`, e.g. press-office. */
  key: urlSegment("press-office"),
  name: z.string().trim().min(1, "is empty; write the name readers call, e.g. Press office"),
  role: z.string().trim().min(1, "is empty; write a role or remove the key").optional(),
  phone: z
    .string()
    .trim()
    .refine((phone) => phonePattern.test(phone) && (phone.match(/[0-9]/g)?.length ?? 0) >= 3, {
      error: (issue) => `"${String(issue.input)}" is not a phone number; write digits, spaces, hyphens and parentheses, with + only in front, e.g. +31 20 555 0100`,
    })
    .optional(),
  email: z
    .string()
    .trim()
    .regex(emailPattern, { error: (issue) => `"${String(issue.input)}" is not an email address; write it as name@example.org` })
    .optional(),
  /** When the contact answers, as readers should read it, e.g. Monday to Friday, 08:00–18:00. */
  hours: z.string().trim().min(1, "is empty; write when the contact answers or remove the key").optional(),
  /** The press office: shown in the footer and on releases that name no contact. */
  default: z.boolean().optional(),
});

/**
 * The browser editor at /admin/ (Decap CMS, issue #12): which git host it commits to.
 * Everything else in its configuration comes from this file and the release schema
 * (lib/cms). `npm run cms` ignores the host and writes into the local checkout.
 */
const cmsSchema = z
  .strictObject({
    /** The git host: Decap's `github` or `gitlab` backend. */
    backend: z.enum(["github", "gitlab"], { error: 'must be "github" or "gitlab"' }).default("github"),
    /** The repository the site is built from, e.g. havenmark-police/newsroom (GitLab: group/subgroup/project). */
    repo: z
      .string()
      .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, "write the repository as owner/name, e.g. havenmark-police/newsroom")
      .optional(),
    /** The branch the site is built from; the editor commits (or opens pull requests) there. */
    branch: z.string().trim().min(1, "is empty; name the branch the site is built from, e.g. main").default("main"),
    /** Saves become pull (merge) requests that someone publishes, instead of commits on the branch. */
    editorialWorkflow: z.boolean().default(false),
    /** The content folder's path inside the repository (where site.json lives). */
    contentFolder: z
      .string()
      .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\s\\]+$/, "write the folder relative to the repository root, e.g. content")
      .transform((folder) => folder.replace(/\/+$/, ""))
      .default("content"),
    /** The OAuth server that logs editors in (GitHub: Netlify's by default; GitLab: your instance). */
    authUrl: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://auth.example.org" }).optional(),
    /** The git host's API, for GitHub Enterprise or a self-hosted GitLab. */
    apiUrl: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://gitlab.example.org/api/v4" }).optional(),
    /** GitLab: the application ID of an OAuth application without secret; editors then log in with PKCE, without an auth server. */
    appId: z.string().trim().min(1).optional(),
  })
  .superRefine((cms, ctx) => {
    if (cms.appId !== undefined && cms.backend !== "gitlab") {
      ctx.addIssue({ code: "custom", path: ["appId"], message: "is only used by the gitlab backend (PKCE login); remove it, or set backend to gitlab" });
    }
  });

const searchSchema = z.strictObject({
  /**
   * Most release pages in one search-index shard (issue #6). Pagefind needs about
   * 230 KB of memory per page of the shard it is writing, and every extra shard adds
   * an index chunk to a reader's first search; see the README's Search section.
   */
  shardSize: z.number().int().min(1).default(10_000),
});

/** An origin such as https://newsroom.example.org: a path belongs in pathPrefix. */
const originSchema = z
  .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://newsroom.example.org" })
  .superRefine((value, ctx) => {
    const url = new URL(value);
    if (url.pathname !== "/") {
      const prefix = `/${url.pathname.replace(/^\/+|\/+$/g, "")}/`;
      ctx.addIssue({ code: "custom", message: `must be the origin only; put ${prefix} in pathPrefix and write baseUrl as ${url.origin}` });
    } else if (url.search || url.hash || url.username || url.password) {
      ctx.addIssue({ code: "custom", message: `must be the origin only (scheme, host and port); write it as ${url.origin}` });
    }
  })
  .transform((value) => new URL(value).origin);

/** A BCP 47 tag as `<html lang>`, feeds and Intl need it; Intl throws on anything else. */
const languageSchema = z.string().superRefine((tag, ctx) => {
  if (isLanguageTag(tag)) return;
  const fixed = tag.trim().replace(/_/g, "-");
  const hint = isLanguageTag(fixed) ? `; did you mean "${Intl.getCanonicalLocales(fixed)[0]}"?` : `; write a language such as "en", "nl" or "en-GB"`;
  ctx.addIssue({ code: "custom", message: `"${tag}" is not a BCP 47 tag${hint}` });
});

/** The languages of a multilingual site (issue #14). */
const languageEntry = languageEntrySchema(languageSchema, urlSegment("fr"));

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Folders every build writes at the site root: no taxonomy or language may take their names. */
const siteFolders = ["news", "types", "search", "assets", "pagefind", "sitemaps", "admin", "img", "media"];

export const siteConfigSchema = z
  .strictObject({
    title: z.string().min(1),
    /** Short name of the organisation, used as publisher in structured data and feeds. */
    publisher: z.string().min(1),
    description: z.string().min(1),
    /** Absolute origin the site is served from, without the path prefix. */
    baseUrl: originSchema,
    /** BCP 47 language tag for `<html lang>` and feeds; on a multilingual site, the default language. */
    language: languageSchema,
    /** Every language of a multilingual site, the default (`language`) among them (docs/configuration.md). */
    languages: z.array(languageEntry).optional(),
    /** IANA zone in which dates without an offset are read and every date is shown. */
    timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), "not an IANA time zone such as Europe/Amsterdam"),
    /** Sub-folder the site is hosted under, e.g. /newsroom/. */
    pathPrefix: z
      .string()
      .default("/")
      .transform((p) => `/${p.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/")),
    pageSize: z.number().int().min(1).max(500).default(20),
    /** Image for social cards when a release has none; absolute or site-relative. */
    image: z.string().optional(),
    markdown: markdownSchema.default({ allowHtml: false }),
    search: searchSchema.default({ shardSize: 10_000 }),
    releaseTypes: z.array(releaseTypeSchema).min(1),
    /** Type used when a release names none. */
    defaultType: z.string().default("press-release"),
    taxonomies: z.array(taxonomySchema),
    /** Logo and colour in the header. */
    brand: brandSchema.optional(),
    /** Retired pages (old CMS sections, renamed lists) and where they went; releases' own old paths are their `aliases:`. */
    redirects: z.array(redirectSchema).default([]),
    /** Media contacts; exactly one is the `default` press office when there are any. */
    contacts: z.array(contactSchema).default([]),
    /** The browser editor at /admin/: git host, repository, branch (docs/configuration.md). */
    cms: cmsSchema.default({ backend: "github", branch: "main", editorialWorkflow: false, contentFolder: "content" }),
  })
  .superRefine((config, ctx) => {
    if (!config.releaseTypes.some((t) => t.key === config.defaultType)) {
      ctx.addIssue({ code: "custom", path: ["defaultType"], message: `"${config.defaultType}" is not one of releaseTypes` });
    }
    // The search page keeps its state in these URL parameters and Pagefind filter names.
    const reserved = reservedNames;
    for (const [i, t] of config.taxonomies.entries()) {
      if (reserved.includes(t.key)) {
        ctx.addIssue({ code: "custom", path: ["taxonomies", i, "key"], message: `"${t.key}" is reserved by search (${reserved.join(", ")}); rename the taxonomy key, e.g. to "${t.key}s", and the front matter that uses it` });
      }
    }
    // A taxonomy's key is a front-matter key: it cannot be one the release already has.
    const releaseKeys = Object.keys(baseFrontMatterShape);
    for (const [i, t] of config.taxonomies.entries()) {
      if (releaseKeys.includes(t.key)) {
        ctx.addIssue({ code: "custom", path: ["taxonomies", i, "key"], message: `"${t.key}" is already a front-matter key of every release (${releaseKeys.join(", ")}); rename the taxonomy key, e.g. to "${t.key}_terms"` });
      }
    }
    languageProblems(config, ctx);
    // Taxonomy pages live at /<slug>/, beside the site's own folders.
    for (const [i, t] of config.taxonomies.entries()) {
      if (siteFolders.includes(t.slug)) {
        ctx.addIssue({ code: "custom", path: ["taxonomies", i, "slug"], message: `"/${t.slug}/" is a folder the site already writes (${siteFolders.join(", ")}); choose another slug` });
      }
    }
    const defaults = config.contacts.flatMap((contact, i) => (contact.default ? [i] : []));
    if (config.contacts.length > 0 && defaults.length === 0) {
      ctx.addIssue({ code: "custom", path: ["contacts"], message: `no contact is the default; mark the press office with "default": true (the footer and releases that name no contact show it)` });
    }
    for (const i of defaults.slice(1)) {
      const first = config.contacts[defaults[0]!]!.key;
      ctx.addIssue({ code: "custom", path: ["contacts", i, "default"], message: `"${first}" is already the default contact; only one may be, so remove "default": true here or there` });
    }
    const contactKeys = new Map<string, number>();
    for (const [i, contact] of config.contacts.entries()) {
      const earlier = contactKeys.get(contact.key);
      if (earlier !== undefined) ctx.addIssue({ code: "custom", path: ["contacts", i, "key"], message: `"${contact.key}" is also the key of contacts.${earlier}; give each contact its own key` });
      else contactKeys.set(contact.key, i);
    }
    const seen = new Set<string>();
    for (const [i, t] of config.taxonomies.entries()) {
      for (const name of [`key:${t.key}`, `slug:${t.slug}`]) {
        if (seen.has(name)) ctx.addIssue({ code: "custom", path: ["taxonomies", i], message: `duplicate taxonomy ${name}` });
        seen.add(name);
      }
    }
  });

/** A multilingual site's languages against each other and against the labels that name them. */
function languageProblems(config: Pick<SiteConfig, "language" | "languages" | "taxonomies" | "releaseTypes">, ctx: z.RefinementCtx): void {
  const languages = config.languages ?? [];
  if (languages.length === 0) {
    const named = [...config.taxonomies.flatMap((t) => Object.keys(t.labels ?? {})), ...config.releaseTypes.flatMap((t) => Object.keys(t.labels ?? {}))];
    if (named.length > 0) ctx.addIssue({ code: "custom", path: ["languages"], message: `labels name the language ${named[0]}, but the site lists no languages; add "languages" or remove the labels` });
    return;
  }
  const tags = languages.map((l) => l.tag);
  if (!tags.includes(config.language)) {
    ctx.addIssue({ code: "custom", path: ["language"], message: `"${config.language}" is the default language, so it must be one of languages (${tags.join(", ")})` });
  }
  const segments = new Map<string, number>();
  const reservedFolders = new Set([...siteFolders, ...config.taxonomies.map((t) => t.slug)]);
  for (const [i, language] of languages.entries()) {
    if (tags.indexOf(language.tag) !== i) ctx.addIssue({ code: "custom", path: ["languages", i, "tag"], message: `"${language.tag}" is listed twice; list each language once` });
    // The default language's pages are at the root, the others in their folders.
    if (language.tag === config.language) continue;
    const segment = language.segment ?? defaultSegment(language.tag);
    if (reservedFolders.has(segment)) ctx.addIssue({ code: "custom", path: ["languages", i, "segment"], message: `"/${segment}/" is a folder the site already writes; give the language another segment` });
    const earlier = segments.get(segment);
    if (earlier !== undefined) ctx.addIssue({ code: "custom", path: ["languages", i, "segment"], message: `"${segment}" is also the URL folder of ${languages[earlier]!.tag}; give each language its own segment, e.g. "${language.tag.toLowerCase()}"` });
    segments.set(segment, i);
  }
  const unknown = (labels: Record<string, unknown> | undefined, path: (string | number)[]) => {
    for (const tag of Object.keys(labels ?? {})) {
      if (!tags.includes(tag)) ctx.addIssue({ code: "custom", path, message: `"${tag}" is not one of languages (${tags.join(", ")})` });
    }
  };
  config.releaseTypes.forEach((type, i) => unknown(type.labels, ["releaseTypes", i, "labels"]));
  config.taxonomies.forEach((taxonomy, i) => {
    unknown(taxonomy.labels, ["taxonomies", i, "labels"]);
    taxonomy.translations?.forEach((group, j) => unknown(group, ["taxonomies", i, "translations", j]));
  });
}

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type Taxonomy = SiteConfig["taxonomies"][number];
export type ReleaseType = SiteConfig["releaseTypes"][number];
export type Contact = SiteConfig["contacts"][number];
export type CmsSettings = SiteConfig["cms"];

/** The settings allowed in each object of site.json, by path without list indexes. */
const settingsAt: Readonly<Record<string, readonly string[]>> = {
  "": Object.keys(siteConfigSchema.shape),
  markdown: Object.keys(markdownSchema.shape),
  search: Object.keys(searchSchema.shape),
  releaseTypes: Object.keys(releaseTypeSchema.shape),
  taxonomies: Object.keys(taxonomySchema.shape),
  redirects: Object.keys(redirectSchema.shape),
  brand: Object.keys(brandSchema.shape),
  contacts: Object.keys(contactSchema.shape),
  cms: Object.keys(cmsSchema.shape),
  "brand.logo": ["src", "width", "height"],
  languages: ["tag", "name", "segment", "direction", "title", "publisher", "description"],
};

/** Validates a parsed configuration object; `source` names it in errors. */
export function parseSiteConfig(raw: unknown, source: string): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.flatMap((issue) => {
      const where = issue.path.join(".");
      if (issue.code !== "unrecognized_keys") return [`${source}: ${where || "(root)"}: ${issue.message}`];
      const allowed = settingsAt[issue.path.filter((p) => typeof p === "string").join(".")] ?? [];
      return issue.keys.map((key) => {
        const hint = didYouMean(key, allowed) || ` Allowed here: ${allowed.join(", ")}.`;
        return `${source}: ${where ? `${where}.` : ""}${key}: unknown setting; remove it or correct its name.${hint}`;
      });
    });
    throw new ConfigError(`The site configuration is invalid; fix these fields:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** What a build may set over `site.json` for one run (e.g. a sub-folder build's path prefix). */
export interface SiteConfigOverrides {
  readonly pathPrefix?: string | undefined;
}

/** Reads `site.json` from the content folder, with this run's overrides applied. */
export function loadSiteConfig(file: string, overrides: SiteConfigOverrides = {}): SiteConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new ConfigError(`${file}: cannot read the site configuration (${(cause as Error).message}); create it as described in the README.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${file}: not valid JSON (${(cause as Error).message}).`);
  }
  if (overrides.pathPrefix && raw && typeof raw === "object") {
    raw = { ...raw, pathPrefix: overrides.pathPrefix };
  }
  return parseSiteConfig(raw, file);
}
