/**
 * The preview's render worker (issue #13): a long-lived child process of `npm start`
 * (scripts/preview-worker.ts) that holds the validated content and the Newsroom model,
 * and renders each requested page from it with the page templates in layouts/pages.
 * A content change re-parses only the changed files (incremental-content.ts) and
 * rebuilds the model, whose parts are computed on first use; a code change starts a new
 * worker (renderer-process.ts), which is how edited code is picked up.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseBuildTime } from "../build/build-time.ts";
import { ContentError, formatProblem, NewsroomError } from "../errors.ts";
import type { Newsroom } from "../site/newsroom.ts";
import type { ImageStat } from "@11ty/eleventy-img";
import { siteMediaFor } from "../media/site-media.ts";
import { materialiseOutput } from "../media/write-media.ts";
import { MultilingualSite, releasesFolderOf } from "../languages/multilingual-site.ts";
import { notFoundPath } from "../urls/site-urls.ts";
import { IncrementalContent, type PreviewSources } from "./incremental-content.ts";
import { loadTemplates, outputPathOf, PageRoutes, type LoadedTemplate, type PageTemplate } from "./page-routes.ts";

export interface WorkerOptions extends PreviewSources {
  /** ISO date-time used as "now"; default the clock at each change. */
  readonly buildTime?: string | undefined;
  /** Where image renditions are kept (shared with the preview's search build). */
  readonly imageCacheDir: string;
}

/** What the worker answers for one site path (without the path prefix). */
export type RenderedPage =
  | { readonly kind: "page"; readonly status: 200 | 404; readonly contentType: string; readonly body: string }
  /** `/news` when only `/news/` exists: a static host redirects the same way. */
  | { readonly kind: "redirect"; readonly location: string }
  /** A release's image rendition or document, served from this file. */
  | { readonly kind: "file"; readonly file: string }
  /** No content has been valid yet: there is no model to render. */
  | { readonly kind: "no-model" }
  /** A template or the model failed on this page: a bug or an edit in the code. */
  | { readonly kind: "error"; readonly message: string };

/** The result of validating the content after a change, sent after each one. */
export interface ModelUpdate {
  /** The problems that keep the new content from being shown (`file:line: field: message`), else undefined. */
  readonly error: string | undefined;
  /** Warnings of the content as it is now, one formatted line each. */
  readonly warnings: readonly string[];
  /** Releases of the model now shown (the last good one when `error` is set). */
  readonly releases: number;
  /** Release files read again for this update. */
  readonly parsed: number;
  readonly seconds: number;
}

export type WorkerRequest = { readonly type: "update" } | { readonly type: "render"; readonly id: number; readonly path: string };
export type WorkerMessage = ({ readonly type: "model" } & ModelUpdate) | { readonly type: "page"; readonly id: number; readonly page: RenderedPage };

const pagesDir = path.resolve(import.meta.dirname, "../../layouts/pages");

/** Content types of the files templates write, by extension; anything else is plain text. */
const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export function contentTypeOf(outputPath: string): string {
  return contentTypes[path.extname(outputPath).toLowerCase()] ?? "text/plain; charset=utf-8";
}

/** Every page template in layouts/pages, in file order, as Eleventy finds them. */
export async function importPageTemplates(dir: string = pagesDir): Promise<LoadedTemplate[]> {
  const names = readdirSync(dir).filter((name) => name.endsWith(".11ty.ts")).sort();
  const modules: PageTemplate[] = [];
  for (const name of names) {
    const module = (await import(pathToFileURL(path.join(dir, name)).href)) as Omit<PageTemplate, "name">;
    modules.push({ name: path.relative(process.cwd(), path.join(dir, name)).split(path.sep).join("/"), data: module.data, render: module.render });
  }
  return loadTemplates(modules);
}

/** The model and the content behind it, one version per valid change. */
export class PreviewModel {
  private readonly content: IncrementalContent;
  /** One model and route table per language (issue #14), the default first; one on a single-language site. */
  private current: { readonly languages: readonly { readonly folder: string; readonly newsroom: Newsroom; readonly routes: PageRoutes }[] } | undefined;
  private readonly imageFacts = new Map<string, { readonly stamp: string; readonly stats: Record<string, ImageStat[]> }>();

  constructor(
    private readonly options: WorkerOptions,
    private readonly templates: readonly LoadedTemplate[],
  ) {
    this.content = new IncrementalContent(options);
  }

  /** Validates the content as it is now; a valid result replaces the model. */
  update(): ModelUpdate {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const shown = () => this.current?.languages.reduce((sum, language) => sum + language.newsroom.pages.length, 0) ?? 0;
    try {
      const result = this.content.load(parseBuildTime(this.options.buildTime));
      const warnings = result.problems.filter((p) => p.severity === "warning").map(formatProblem);
      if (result.problems.some((p) => p.severity === "error")) {
        return { error: new ContentError(result.problems).message, warnings, releases: shown(), parsed: result.parsed, seconds: seconds() };
      }
      const newsrooms = result.content.config.languages?.length
        ? new MultilingualSite(result.content, "development", parseBuildTime(this.options.buildTime), releasesFolderOf(this.options.contentDir)).newsrooms
        : [result.newsroom];
      this.current = {
        languages: newsrooms.map((newsroom) => {
          const segment = newsroom.languageLinks?.language.segment ?? "";
          newsroom.useMedia(siteMediaFor(newsroom, { contentDir: path.resolve(this.options.contentDir), root: process.cwd(), cacheDir: this.options.imageCacheDir, known: this.imageFacts }));
          return { folder: segment ? `/${segment}` : "", newsroom, routes: new PageRoutes(this.templates, { newsroom }) };
        }),
      };
      return { error: undefined, warnings, releases: result.content.releases.length, parsed: result.parsed, seconds: seconds() };
    } catch (error) {
      return { error: messageOf(error), warnings: [], releases: shown(), parsed: 0, seconds: seconds() };
    }
  }

  /** The page at a site path (`/news/`, `/feed.xml`), or the 404 page. */
  async render(sitePath: string): Promise<RenderedPage> {
    const current = this.current;
    if (!current) return { kind: "no-model" };
    try {
      for (const language of current.languages) {
        const media = language.newsroom.media?.outputs.get(sitePath);
        if (media) return { kind: "file", file: await materialiseOutput(media, this.options.imageCacheDir) };
      }
      // A language's pages are in its folder; the default language's at the root.
      const language = current.languages.find((l) => l.folder && (sitePath === l.folder || sitePath.startsWith(`${l.folder}/`))) ?? current.languages[0]!;
      const inLanguage = sitePath.slice(language.folder.length) || "/";
      let route = language.routes.find(outputPathOf(inLanguage));
      if (!route && !sitePath.endsWith("/") && language.routes.find(outputPathOf(`${inLanguage}/`))) return { kind: "redirect", location: `${sitePath}/` };
      const status = route ? 200 : 404;
      route ??= current.languages[0]!.routes.find(notFoundPath);
      if (!route) return { kind: "page", status: 404, contentType: "text/plain; charset=utf-8", body: "Not found" };
      const body = await route.template.render(route.data);
      const { outputPath } = route.data["page"] as { outputPath: string };
      return { kind: "page", status, contentType: contentTypeOf(outputPath), body: String(body) };
    } catch (error) {
      return { kind: "error", message: messageOf(error) };
    }
  }
}

/** A NewsroomError's message is for the editor; anything else is a bug, shown with where it happened. */
function messageOf(error: unknown): string {
  if (error instanceof NewsroomError) return error.message;
  return (error as Error)?.stack ?? String(error);
}

/** Runs the worker over IPC until its parent goes away. */
export async function runRenderWorker(options: WorkerOptions): Promise<void> {
  const send = (message: WorkerMessage) => process.send?.(message);
  let model: PreviewModel | undefined;
  const waiting: WorkerRequest[] = [];
  const handle = (request: WorkerRequest) => {
    if (!model) waiting.push(request);
    else if (request.type === "update") send({ type: "model", ...model.update() });
    else if (request.type === "render") void model.render(request.path).then((page) => send({ type: "page", id: request.id, page }));
  };
  // Listening first: a message that arrives while the templates load is kept, not lost.
  process.on("message", handle);
  process.on("disconnect", () => process.exit(0));
  model = new PreviewModel(options, await importPageTemplates());
  send({ type: "model", ...model.update() });
  for (const request of waiting.splice(0)) handle(request);
}
