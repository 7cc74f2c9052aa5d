import type { AdminSettings } from "./admin-settings.ts";
import type { CreateElement, PreviewProps } from "./decap.ts";

/**
 * The preview pane of the release form: the release as its page shows it, with the
 * site's own stylesheet (admin-app.ts registers it) and the page's element classes
 * (layouts/release-page.ts), so type, headline, dates, image, text and terms look as they
 * will. Terms are shown as text: their pages may not exist yet.
 */
export function releasePreview(h: CreateElement, settings: AdminSettings) {
  return function ReleasePreview({ entry, widgetFor, getAsset }: PreviewProps): unknown {
    const data = (entry.get("data") as { toJS(): unknown } | undefined)?.toJS() as Record<string, unknown> | undefined ?? {};
    const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : "");
    const type = settings.types[text("type")] ?? text("type");
    const date = shownDate(text("date"), settings.language);
    const terms = settings.taxonomies
      .map((taxonomy) => ({ taxonomy, terms: asList(data[taxonomy.key]) }))
      .filter((group) => group.terms.length > 0);
    return h(
      "main",
      { id: "main" },
      h(
        "article",
        { className: "release" },
        h(
          "header",
          { className: "release__header" },
          type ? h("p", { className: "release__type" }, type) : null,
          h("h1", null, text("title") || "(No title yet)"),
          date ? h("p", { className: "release__dates" }, "Published ", h("time", { dateTime: text("date") }, date)) : null,
        ),
        text("summary") ? h("p", { className: "lead" }, text("summary")) : null,
        leadImage(h, data["image"], getAsset),
        h("div", { className: "release__body" }, widgetFor("body")),
        terms.length > 0
          ? h(
              "footer",
              { className: "release__terms" },
              ...terms.map(({ taxonomy, terms: list }) =>
                h(
                  "section",
                  { className: "term-group", key: taxonomy.key },
                  h("h2", { className: "term-group__label" }, taxonomy.label),
                  h("ul", { className: "chips", role: "list" }, ...list.map((term) => h("li", { key: term }, h("span", { className: "chip chip--text" }, term)))),
                ),
              ),
            )
          : null,
      ),
    );
  };
}

/** The lead image under the headline, as layouts/release-media.ts places it. */
function leadImage(h: CreateElement, value: unknown, getAsset: PreviewProps["getAsset"]): unknown {
  if (!value || typeof value !== "object") return null;
  const image = value as Record<string, unknown>;
  if (typeof image["src"] !== "string" || image["src"] === "") return null;
  const caption = [image["caption"], image["credit"]].filter((part) => typeof part === "string" && part !== "").join(" ");
  return h(
    "figure",
    { className: "release__image" },
    h("img", { src: String(getAsset(image["src"]) ?? image["src"]), alt: typeof image["alt"] === "string" ? image["alt"] : "" }),
    caption ? h("figcaption", null, caption) : null,
  );
}

function asList(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value] : [];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "") : [];
}

/**
 * "3 December 2026, 09:00" for the wall-clock time the form writes. Formatted as UTC so
 * the editor's own time zone cannot shift it: the text names the site's time.
 */
export function shownDate(value: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value.trim());
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0)));
  if (Number.isNaN(when.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", ...(hour === undefined ? {} : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) };
  return new Intl.DateTimeFormat(language, options).format(when);
}
