/**
 * The search page's script (bundled to /assets/search.js at build time). The URL is
 * the state: every change of words, filters, sort or "load more" is written to it, and
 * the page is rebuilt from it on load and on back/forward.
 *
 * The same file is the search worker: started as a worker it has no document, and
 * serves Pagefind to the page instead (search-worker.ts).
 */
import { fillMessage } from "../../i18n/message.ts";
import type { SearchPageConfig } from "../search-page-config.ts";
import {
  isActive,
  normaliseQuery,
  pagefindQuery,
  stateFromParams,
  stateToParams,
  withFilter,
  withoutFacet,
  withoutFilters,
  type SearchState,
} from "../search-state.ts";
import type { FilterCounts, SearchClient, SearchOptions } from "./pagefind-api.ts";
import { connectSearch, serveSearch, type WorkerScope } from "./search-worker.ts";
import { SearchView } from "./search-view.ts";

if (typeof document === "undefined") {
  serveSearch(globalThis as unknown as WorkerScope);
} else {
  const root = document.querySelector<HTMLElement>("[data-search-config]");
  if (root) void start(root);
}

async function start(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset["searchConfig"] ?? "{}") as SearchPageConfig;
  const baseTitle = document.title;
  const readUrl = () => stateFromParams(new URLSearchParams(location.search), config.groups);
  const urlOf = (next: SearchState) => {
    const params = stateToParams(next, config.groups).toString();
    return `${location.pathname}${params ? `?${params}` : ""}`;
  };

  let state = readUrl();
  let pagefind: SearchClient | undefined;
  /** The search on screen, for "load more". */
  let current: { term: string | null; options: SearchOptions; total: number; shown: number } | undefined;
  let runs = 0;
  let allFilters: Promise<FilterCounts> | undefined;

  const navigate = (next: SearchState) => {
    state = next;
    history.pushState(null, "", urlOf(state));
    view.showForm(state);
    void search();
  };

  const view = new SearchView(root, config, {
    submit: (query) => navigate({ ...state, query: normaliseQuery(query), pages: 1 }),
    sort: (sort) => navigate({ ...state, sort, pages: 1 }),
    filter: (name, value, chosen) => navigate(withFilter(state, name, value, chosen)),
    clearFilters: () => navigate(withoutFilters(state)),
    more: () => void loadMore(),
  });

  async function search(): Promise<void> {
    const run = ++runs;
    const api = pagefind;
    if (!api) return;
    document.title = state.query ? fillMessage(config.text.searchPageTitle, { query: state.query, title: baseTitle }, config.language) : baseTitle;
    current = undefined;
    try {
      if (!isActive(state)) {
        view.showPrompt();
        allFilters ??= api.filters();
        const counts = await allFilters;
        if (run === runs) view.showFacets(counts, state);
        return;
      }
      view.busy(true);
      const { term, options } = pagefindQuery(state);
      // Counts for every facet need every filter chunk; on a first visit those load after
      // the first results are on screen, so the page shows results sooner (issue #6 budget).
      const countsComplete = allFilters !== undefined;
      const wanted = state.pages * config.pageSize;
      let answer = await api.search(term, options, 0, wanted);
      if (run !== runs) return;
      if (!answer.complete) {
        // Progressive search on a large site (issue #15): the newest shards' results show
        // at once, then the ranking over every shard takes their place.
        if (answer.total > 0 && config.firstShards) {
          view.showFirstResults(state, answer.items, config.firstShards.years);
          view.busy(false);
        }
        await api.loadRest();
        if (run !== runs) return;
        answer = await api.search(term, options, 0, wanted);
        if (run !== runs) return;
      }
      current = { term, options, total: answer.total, shown: answer.items.length };
      view.showResults(state, answer.total, answer.items, false);
      view.busy(false);
      if (!countsComplete) {
        allFilters ??= api.filters();
        await allFilters;
        answer = await api.search(term, options, 0, 0);
        if (run !== runs) return;
      }
      const counts = await facetCounts(api, state, answer.filters);
      if (run === runs) view.showFacets(counts, state);
    } catch (error) {
      if (run !== runs) return;
      view.busy(false);
      view.showUnavailable();
      throw error;
    }
  }

  /** Counts per facet; a facet in use is counted without its own choices (see withoutFacet). */
  async function facetCounts(api: SearchClient, searched: SearchState, filters: FilterCounts): Promise<FilterCounts> {
    const counts: FilterCounts = { ...filters };
    for (const name of Object.keys(searched.filters)) {
      const rest = withoutFacet(searched, name);
      if (!isActive(rest)) {
        allFilters ??= api.filters();
        counts[name] = (await allFilters)[name] ?? {};
        continue;
      }
      const { term, options } = pagefindQuery(rest);
      counts[name] = (await api.search(term, options, 0, 0)).filters[name] ?? {};
    }
    return counts;
  }

  async function loadMore(): Promise<void> {
    const run = runs;
    const now = current;
    if (!now || !pagefind) return;
    const { items } = await pagefind.search(now.term, now.options, now.shown, config.pageSize);
    if (run !== runs || items.length === 0) return;
    now.shown += items.length;
    state = { ...state, pages: state.pages + 1 };
    history.replaceState(null, "", urlOf(state));
    view.showResults(state, now.total, items, true);
  }

  view.showForm(state);
  if (isActive(state)) view.searching();
  addEventListener("popstate", () => {
    state = readUrl();
    view.showForm(state);
    void search();
  });
  try {
    pagefind = await connectSearch(config);
  } catch (error) {
    view.showUnavailable();
    throw error;
  }
  await search();
}
