/**
 * The part of Decap CMS's browser API (the `CMS` global of decap-cms.js, and the React
 * `h` it exposes for preview templates) that the admin script uses. Decap's own types
 * would pull React and Immutable into the type check for four calls.
 */

/** An Immutable.js Map, as Decap hands entries and their data to hooks. */
export interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): unknown;
}

export interface DecapFormatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: readonly string[]): string;
}

export interface PreviewProps {
  readonly entry: ImmutableMap;
  widgetFor(name: string): unknown;
  /** A media file as the preview can show it (a URL once Decap has loaded it). */
  getAsset(path: string): { toString(): string } | undefined;
}

export interface DecapCms {
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: DecapFormatter): void;
  registerEventListener(listener: { readonly name: "preSave"; readonly handler: (event: { readonly entry: ImmutableMap }) => ImmutableMap | undefined }): void;
}

/** React.createElement, as Decap exposes it for preview templates. */
export type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface DecapWindow {
  readonly CMS?: DecapCms;
  readonly h?: CreateElement;
}
