import { fillMessage, pluralMessage } from "../../i18n/message.ts";
import { excerptParts } from "../excerpt-parts.ts";
import { facetOptions } from "../facet-options.ts";
import type { SearchPageConfig } from "../search-page-config.ts";
import { hasFilters, type SearchSort, type SearchState } from "../search-state.ts";
import { partialStatusText, statusText } from "../status-text.ts";
import { el, required } from "./dom.ts";
import type { FilterCounts, ResultItem } from "./pagefind-api.ts";

export interface ViewEvents {
  /** Words submitted; the sort is changed on its own (a change of the select runs a search). */
  submit(query: string): void;
  sort(sort: SearchSort): void;
  filter(name: string, value: string, chosen: boolean): void;
  clearFilters(): void;
  more(): void;
}

/**
 * The search page's DOM: the form, the status line, result list and facets. It only
 * renders what the controller (search-app.ts) tells it; the URL and Pagefind live there.
 */
export class SearchView {
  private readonly query: HTMLInputElement;
  private readonly sortSelect: HTMLSelectElement;
  private readonly status: HTMLElement;
  /** The line that stands in the status's place over first results from the newest search shards. */
  private readonly progress: HTMLElement;
  private readonly prompt: HTMLElement;
  private readonly noResults: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly shown: HTMLElement;
  private readonly facets: HTMLElement;
  private readonly clear: HTMLButtonElement;
  private readonly facetsToggle: HTMLButtonElement;
  private readonly facetsActive: HTMLElement;
  /** What each shown result was rendered from, in list order: a result that stays where it was is kept. */
  private shownKeys: string[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly config: SearchPageConfig,
    events: ViewEvents,
  ) {
    const form = required<HTMLFormElement>(root, "[data-search-form]");
    this.query = required(form, "input[name=q]");
    this.sortSelect = required(form, "select[name=sort]");
    this.status = required(root, "[data-search-status]");
    this.prompt = required(root, "[data-search-prompt]");
    this.noResults = required(root, "[data-search-none]");
    this.list = required(root, "[data-search-results]");
    this.more = required(root, "[data-search-more]");
    this.shown = required(root, "[data-search-shown]");
    this.facets = required(root, "[data-search-facets]");
    this.clear = required(root, "[data-search-clear]");
    this.facetsToggle = required(root, "[data-search-facets-toggle]");
    this.facetsActive = required(root, "[data-search-facets-active]");
    // Not a live region: only the count that replaces it is announced (progressive search, issue #15).
    this.progress = el("p", { class: "search-status", "data-search-progress": true, hidden: true });
    this.status.after(this.progress);

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      events.submit(this.query.value);
    });
    this.sortSelect.addEventListener("change", () => events.sort(this.sortSelect.value === "newest" ? "newest" : "relevance"));
    this.facets.addEventListener("change", (event) => {
      const box = event.target;
      if (box instanceof HTMLInputElement && box.type === "checkbox") events.filter(box.name, box.value, box.checked);
    });
    for (const button of root.querySelectorAll<HTMLButtonElement>("[data-search-clear]")) {
      button.addEventListener("click", () => {
        events.clearFilters();
        this.query.focus();
      });
    }
    this.more.addEventListener("click", () => events.more());
    // The button only shows on a narrow screen; search.css folds the panel while it says
    // aria-expanded="false", so the attribute is the one place the state lives.
    this.facetsToggle.addEventListener("click", () => {
      const open = this.facetsToggle.getAttribute("aria-expanded") === "true";
      this.facetsToggle.setAttribute("aria-expanded", String(!open));
    });
  }

  showForm(state: SearchState): void {
    this.query.value = state.query;
    this.sortSelect.value = state.sort;
    // Without words there is no relevance to sort by; browsing lists newest first.
    const relevance = this.sortSelect.querySelector<HTMLOptionElement>("option[value=relevance]");
    if (relevance) relevance.disabled = state.query === "";
    if (state.query === "") this.sortSelect.value = "newest";
    const active = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    this.facetsActive.textContent = active > 0 ? this.message(this.config.text.searchActiveFilters, { count: active }) : "";
  }

  busy(on: boolean): void {
    this.list.setAttribute("aria-busy", String(on));
  }

  /** A search from the URL is on its way: the prompt to type words would be wrong. Nothing below it is on screen yet. */
  searching(): void {
    this.prompt.hidden = true;
    this.busy(true);
  }

  showPrompt(): void {
    this.endProgress();
    this.status.textContent = "";
    this.prompt.hidden = false;
    this.noResults.hidden = true;
    this.list.replaceChildren();
    this.shownKeys = [];
    this.more.hidden = true;
    this.shown.hidden = true;
  }

  showUnavailable(): void {
    this.busy(false);
    this.endProgress();
    this.prompt.hidden = true;
    this.noResults.hidden = true;
    this.status.textContent = this.config.text.searchUnavailable;
  }

  /**
   * First results from the newest search shards while the older ones load (progressive
   * search, issue #15): a line names the years searched where the count will be, and
   * nothing is announced; showResults then puts the whole ranking in their place.
   */
  showFirstResults(state: SearchState, items: readonly ResultItem[], years: string): void {
    this.prompt.hidden = true;
    this.noResults.hidden = true;
    this.status.textContent = "";
    this.status.style.minHeight = "";
    this.progress.textContent = partialStatusText(state, years, this.config.text, this.config.language);
    this.progress.hidden = false;
    this.replaceResults(items, state.query !== "");
    this.more.hidden = true;
    this.shown.hidden = true;
  }

  /** Shows a first set of results (or adds a next set); focus moves to the first added result. */
  showResults(state: SearchState, total: number, items: readonly ResultItem[], append: boolean): void {
    this.prompt.hidden = true;
    this.noResults.hidden = total > 0;
    for (const clear of this.noResults.querySelectorAll<HTMLElement>("[data-search-clear]")) clear.hidden = !hasFilters(state);
    if (!append) this.endProgress();
    this.status.textContent = statusText(state, total, this.config.text, this.config.language);
    const withQuery = state.query !== "";
    const rendered = append ? items.map((item) => this.resultItem(item, withQuery)) : [];
    if (append) {
      this.list.append(...rendered);
      this.shownKeys.push(...items.map((item) => resultKey(item, withQuery)));
    } else {
      this.replaceResults(items, withQuery);
    }
    const count = this.list.children.length;
    this.more.hidden = count >= total;
    this.shown.hidden = total === 0;
    this.shown.textContent = this.message(this.config.text.searchShown, { shown: count, total });
    if (append) rendered[0]?.querySelector("a")?.focus();
  }

  showFacets(counts: FilterCounts, state: SearchState): void {
    const focused = document.activeElement;
    const focusKey = focused instanceof HTMLInputElement && this.facets.contains(focused) ? [focused.name, focused.value] : undefined;
    // Groups the reader opened stay open; on a first visit, groups in use open on wide
    // screens only, so on a phone the results are not pushed below long option lists.
    const opened = new Set([...this.facets.querySelectorAll<HTMLDetailsElement>("details[open]")].map((d) => d.dataset["facet"]));
    const firstRender = !this.facets.hasChildNodes();
    const wide = matchMedia("(min-width: 52rem)").matches;
    const groups = this.config.groups.flatMap((group) => {
      const chosen = state.filters[group.name] ?? [];
      const options = facetOptions(group, counts[group.name], chosen, this.config.language);
      if (options.length === 0) return [];
      const id = `facet-${group.name}`;
      return [
        el(
          "details",
          { class: "facet", "data-facet": group.name, open: opened.has(group.name) || focusKey?.[0] === group.name || (firstRender && wide && chosen.length > 0) },
          el("summary", { class: "facet__summary" }, group.label, chosen.length > 0 ? el("span", { class: "facet__chosen" }, pluralMessage(this.config.text.searchChosen, chosen.length, this.config.language)) : null),
          el(
            "fieldset",
            { class: "facet__options" },
            el("legend", { class: "visually-hidden" }, group.label),
            el(
              "ul",
              { role: "list" },
              ...options.map((option, index) =>
                el(
                  "li",
                  {},
                  el("input", { type: "checkbox", id: `${id}-${index}`, name: group.name, value: option.value, checked: option.chosen }),
                  el("label", { for: `${id}-${index}` }, option.value, " ", el("span", { class: "facet__count" }, this.message(this.config.text.searchOptionCount, { count: option.count }))),
                ),
              ),
            ),
          ),
        ),
      ];
    });
    this.facets.replaceChildren(...groups);
    // Checkboxes are re-rendered with new counts; keep the keyboard where it was.
    if (focusKey) {
      const again = [...this.facets.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].find((box) => box.name === focusKey[0] && box.value === focusKey[1]);
      (again ?? this.query).focus();
    }
    const clear = required<HTMLButtonElement>(this.root, "[data-search-facets-clear]");
    clear.hidden = !hasFilters(state);
  }

  /**
   * The progress line gives way to the status. The status keeps the line's height until
   * the next search, so that a shorter count does not move the results up (no layout
   * shift as the whole ranking replaces the first results).
   */
  private endProgress(): void {
    const reserved = this.progress.hidden ? 0 : this.progress.getBoundingClientRect().height;
    this.progress.hidden = true;
    this.progress.textContent = "";
    this.status.style.minHeight = reserved > 0 ? `${reserved}px` : "";
  }

  /**
   * Puts `items` in the list. Results that are the same, in the same places, as those
   * already at its top stay as they are, so the whole ranking replacing first results
   * moves nothing that did not change; where the keyboard was on a result that goes, it
   * moves to the same release in the new list, or to the first result.
   */
  private replaceResults(items: readonly ResultItem[], withQuery: boolean): void {
    const keys = items.map((item) => resultKey(item, withQuery));
    let kept = 0;
    while (kept < keys.length && kept < this.shownKeys.length && keys[kept] === this.shownKeys[kept]) kept += 1;
    const focused = document.activeElement;
    const focusedUrl = focused instanceof HTMLAnchorElement && this.list.contains(focused) ? focused.getAttribute("href") : null;
    for (const gone of [...this.list.children].slice(kept)) gone.remove();
    this.list.append(...items.slice(kept).map((item) => this.resultItem(item, withQuery)));
    this.shownKeys = keys;
    if (focusedUrl !== null && !this.list.contains(document.activeElement)) {
      const links = [...this.list.querySelectorAll<HTMLAnchorElement>("h3 a")];
      (links.find((link) => link.getAttribute("href") === focusedUrl) ?? links[0] ?? this.query).focus();
    }
  }

  private message(template: string, values: Readonly<Record<string, string | number>>): string {
    return fillMessage(template, values, this.config.language);
  }

  private resultItem(item: ResultItem, withQuery: boolean): HTMLLIElement {
    const { title, date, type, summary } = item.meta;
    const text = withQuery || !summary
      ? excerptParts(item.excerpt).map((part) => (part.marked ? el("mark", {}, part.text) : part.text))
      : [summary];
    return el(
      "li",
      { class: "release-item search-result" },
      el(
        "article",
        {},
        el("h3", { class: "release-item__title" }, el("a", { href: item.url }, title ?? item.url)),
        el(
          "p",
          { class: "release-item__meta" },
          type ? el("span", { class: "release-type" }, type) : null,
          date ? el("time", { datetime: date }, item.dateText ?? date) : null,
        ),
        el("p", { class: "search-result__excerpt" }, ...text),
      ),
    );
  }
}

/** Everything a result is rendered from. */
function resultKey(item: ResultItem, withQuery: boolean): string {
  return JSON.stringify([item.url, withQuery ? item.excerpt : item.meta["summary"], item.meta["title"], item.meta["type"], item.meta["date"], item.dateText]);
}
