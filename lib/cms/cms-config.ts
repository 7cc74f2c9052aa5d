import type { SiteConfig } from "../config/site-config.ts";
import { mediaFolderName } from "../media/media-paths.ts";
import { absoluteUrl, href, mediaFolder } from "../urls/site-urls.ts";
import { releaseFormatName } from "./client/admin-settings.ts";
import { fileNameKey, fileYearKey } from "./client/file-name.ts";
import { releaseFields, type CmsField } from "./release-fields.ts";

/** Decap's configuration (https://decapcms.org/docs/configuration-options/), as plain data. */
export interface CmsConfig {
  readonly backend: Readonly<Record<string, string | boolean>>;
  readonly local_backend?: { readonly url: string };
  readonly publish_mode?: "editorial_workflow";
  readonly site_url: string;
  readonly display_url: string;
  readonly logo?: { readonly src: string };
  readonly media_folder: string;
  readonly public_folder: string;
  readonly slug: { readonly encoding: "ascii"; readonly clean_accents: boolean; readonly sanitize_replacement: string };
  readonly collections: readonly CmsCollection[];
}

export interface CmsCollection {
  readonly name: string;
  readonly label: string;
  readonly label_singular: string;
  readonly description: string;
  readonly folder: string;
  readonly extension: "md";
  readonly format: string;
  readonly create: true;
  readonly path: string;
  readonly slug: string;
  readonly media_folder: string;
  readonly public_folder: string;
  readonly summary: string;
  readonly sortable_fields: readonly (string | { readonly field: string; readonly default_sort: "desc" })[];
  readonly view_filters: readonly { readonly label: string; readonly field: string; readonly pattern: boolean }[];
  readonly fields: readonly CmsField[];
}

export interface CmsConfigOptions {
  /**
   * `npm run cms`: the local proxy (decap-server) that reads and writes the checkout.
   * Never in the built site, whose editors log in to the git host.
   */
  readonly localBackend?: string | undefined;
}

/**
 * The CMS configuration of a site, made from site.json and the release schema on every
 * build (issue #12), so the form cannot drift from what `npm run check` accepts.
 *
 * Files: a new release is written where `npm run new` puts one,
 * `<content>/releases/YYYY/YYYY-MM-DD-<slug>.md`, the date as written in the site's zone
 * and the slug made by lib/model/slug.ts. Decap's own `{{year}}` and slug would read the
 * date in UTC and drop "&" instead of spelling it out, so the admin script computes both
 * (`fileYearKey`, `fileNameKey`) and the templates only place them. The path has two
 * levels, so Decap lists releases directly under releases/ and in year folders; a release
 * that is a folder (`…/<name>/index.md`) is one level deeper and is not listed.
 *
 * Media: uploads go to the shared media folder (`<content>/media/`), which the build
 * publishes at /media/ and every release can name, a single file as well as a folder;
 * `public_folder` is what the form writes (`/media/photo.jpg`), without the path prefix,
 * like every path in front matter.
 */
export function cmsConfig(config: SiteConfig, options: CmsConfigOptions = {}): CmsConfig {
  const { cms } = config;
  const media = `${cms.contentFolder}/${mediaFolderName}`;
  const publicMedia = mediaFolder.replace(/\/$/, "");
  return {
    backend: backendSettings(cms),
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    // The local proxy in file-system mode writes files; it has no pull requests to open.
    ...(cms.editorialWorkflow && !options.localBackend ? { publish_mode: "editorial_workflow" as const } : {}),
    site_url: absoluteUrl(config, "/"),
    display_url: absoluteUrl(config, "/"),
    ...(config.brand?.logo ? { logo: { src: href(config, config.brand.logo.src) } } : {}),
    media_folder: media,
    public_folder: publicMedia,
    // Decap's own slugging, which still names uploaded files: ASCII, accents dropped, as ours.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: "releases",
        label: "Releases",
        label_singular: "Release",
        description: `Press releases, news, speeches and statements of ${config.publisher}. Publishing saves the release's file; the site shows it after the next build.`,
        folder: `${cms.contentFolder}/releases`,
        extension: "md",
        format: releaseFormatName,
        create: true,
        // Lower-case names with underscores: Decap lower-cases the path template and turns
        // dots into hyphens before it fills it in, so `fields.x` could not be used here.
        path: `{{${fileYearKey}}}/{{slug}}`,
        slug: `{{${fileNameKey}}}`,
        // A collection with a `path` would otherwise keep media beside each entry, which a
        // single-file release cannot publish (lib/media/media-paths.ts).
        media_folder: `/${media}`,
        public_folder: publicMedia,
        summary: "{{title}}",
        sortable_fields: [{ field: "date", default_sort: "desc" }, "title"],
        view_filters: [{ label: "Drafts", field: "draft", pattern: true }],
        fields: releaseFields(config),
      },
    ],
  };
}

/** Decap's `backend` block for the git host of site.json (docs/configuration.md). */
function backendSettings(cms: SiteConfig["cms"]): Record<string, string | boolean> {
  return {
    name: cms.backend,
    ...(cms.repo ? { repo: cms.repo } : {}),
    branch: cms.branch,
    ...(cms.authUrl ? { base_url: cms.authUrl } : {}),
    ...(cms.apiUrl ? { api_root: cms.apiUrl } : {}),
    ...(cms.appId ? { auth_type: "pkce", app_id: cms.appId } : {}),
  };
}
