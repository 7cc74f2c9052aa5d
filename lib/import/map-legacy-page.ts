import type { SiteConfig } from "../config/site-config.ts";
import { closest } from "../model/suggest.ts";
import { normaliseRedirectPath, redirectPathProblem } from "../redirects/redirect-paths.ts";
import { parseLegacyDate } from "./legacy-date.ts";
import type { LegacyPage } from "./legacy-page.ts";
import { markdownParagraph } from "./markdown-paragraph.ts";
import type { ImportedFields } from "./release-writer.ts";
import { sentenceCase } from "./sentence-case.ts";

/** Something the importer could not carry over, at a line of the legacy file. */
export interface ImportNote {
  readonly line?: number | undefined;
  readonly message: string;
}

export type MappedPage =
  | { readonly ok: true; readonly fields: ImportedFields; readonly notes: readonly ImportNote[] }
  /** The page cannot be a release (no headline, no date); `reason` says why. */
  | { readonly ok: false; readonly reason: string; readonly notes: readonly ImportNote[] };

export interface MapOptions {
  /** Keep an all-caps headline as written (--keep-case). */
  readonly keepCase: boolean;
}

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLocaleLowerCase("en") === b.replace(/\s+/g, " ").trim().toLocaleLowerCase("en");

/** What a legacy page says, in the terms of this site's configuration. */
export function mapLegacyPage(page: LegacyPage, config: SiteConfig, options: MapOptions): MappedPage {
  const notes: ImportNote[] = [];
  const note = (message: string, line?: number) => notes.push({ line, message });

  if (!page.headline) return { ok: false, reason: "no headline (the first line should be the headline, then a blank line and the date)", notes };
  if (!page.date) {
    return { ok: false, reason: `no date under the headline "${page.headline.value}" (expected a line such as 3 Mar 2016 after a blank line); it may not be a release`, notes };
  }
  const date = parseLegacyDate(page.date.value, config.timeZone);
  if (!date.ok) return { ok: false, reason: `line ${page.date.line}: ${date.message}`, notes };

  let type = config.defaultType;
  if (page.typeLabel) {
    const label = page.typeLabel.value;
    const known = config.releaseTypes.find((t) => same(t.label, label) || same(t.key, label) || (t.plural !== undefined && same(t.plural, label)));
    if (known) type = known.key;
    else {
      const labels = config.releaseTypes.map((t) => t.label);
      const hint = closest(label, labels);
      note(`type label "${label}" is not a release type of this site${hint ? ` (did you mean "${hint}"?)` : ""}; written as the default type "${config.defaultType}". Types: ${labels.join(", ")}`, page.typeLabel.line);
    }
  } else {
    note(`no type label (such as [Press release](#)); written as the default type "${config.defaultType}"`);
  }

  const terms = new Map<string, string[]>(config.taxonomies.map((t) => [t.key, []]));
  for (const group of page.chipGroups) {
    const taxonomy = config.taxonomies.find((t) => same(t.label, group.heading) || same(t.key.replace(/_/g, " "), group.heading));
    if (!taxonomy) {
      note(`chip heading "${group.heading}" is not a taxonomy of this site; its ${group.terms.length} term(s) were left out (${group.terms.join(", ")}). Taxonomies: ${config.taxonomies.map((t) => t.label).join(", ")}`, group.line);
      continue;
    }
    const list = terms.get(taxonomy.key)!;
    for (const term of group.terms) {
      let written: string | undefined = term;
      if (taxonomy.terms) {
        // A controlled list: take its spelling when only the case differs, else leave the term out.
        written = taxonomy.terms.find((t) => same(t, term));
        if (written === undefined) {
          const hint = closest(term, taxonomy.terms);
          note(`"${term}" is not in the controlled list of ${taxonomy.label}; left out${hint ? ` (did you mean "${hint}"?)` : ""}`, group.line);
        }
      }
      if (written !== undefined && !list.includes(written)) list.push(written);
    }
  }

  let sourceUrl: string | undefined;
  const aliases: string[] = [];
  if (page.sourceUrl) {
    const given = page.sourceUrl.value;
    const url = URL.canParse(given) ? new URL(given) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) {
      note(`source URL "${given}" is not an absolute http(s) URL; left out, with no old address`, page.sourceUrl.line);
    } else {
      sourceUrl = given;
      let old = url.pathname;
      try {
        old = decodeURIComponent(old);
      } catch {
        // Keep the escaped path; the check below names the problem.
      }
      const problem = redirectPathProblem(old);
      if (problem) note(`old address not kept as an alias: ${problem}`, page.sourceUrl.line);
      else aliases.push(normaliseRedirectPath(old));
    }
  }

  const reference = [...page.paragraphs.map((p) => p.value), ...[...terms.values()].flat()].join("\n");
  const headline = options.keepCase ? page.headline.value : sentenceCase(page.headline.value, reference);
  const paragraphs = page.paragraphs.map((p) => markdownParagraph(p.value, config.markdown.allowHtml));
  if (paragraphs.length === 0) note("no body paragraphs; the release has a headline only", page.headline.line);

  return { ok: true, fields: { title: headline, date: date.day, type, terms, sourceUrl, aliases, paragraphs }, notes };
}
