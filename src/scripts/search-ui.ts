/**
 * The search UI: loaded only when the reader opens or focuses search (see
 * SearchButton.astro), and it loads Pagefind only then. One controller drives
 * both the dialog and the /search/ page over the markup of SearchPanel.astro;
 * the page also keeps its state in the URL.
 */
import { nextFocusIndex } from '../lib/search/arrow-keys.ts';
import { RESULTS_PER_BATCH, toResultView, type PagefindResultData } from '../lib/search/results.ts';
import { resultSummary, type ClientStrings } from '../lib/search/summary.ts';
import { languageFolder, pageLanguage, pagefindOptions, searchPagePath } from '../lib/search/pagefind-options.ts';
import { defaultLanguage } from '../lib/i18n/languages.ts';
import { renderResult } from './search-result-view.ts';
import searchStyles from '../styles/search.css?url';
import { hasCriteria, pagefindFilters, parseSearchState, sameState, serializeSearchState, type FilterKey, type SearchState } from '../lib/search/index.ts';

/** The part of pagefind.js this UI calls (the bundle ships no types). */
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: { filters: Record<string, string> }) => Promise<PagefindSearch>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** The page's language: Pagefind searches that language's index, and the UI speaks it (its strings come with the panel's markup). */
const language = pageLanguage(document.documentElement.getAttribute('lang'));
/** Typing pauses this long before a search runs, so each keystroke does not start one. */
const TYPING_DELAY_MS = 120;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Not bundled: the index is written after Vite has run, into the built site.
    // A URL in a variable, not a literal: Vite wraps an import() of a literal in
    // its preload helper (0.7 KB gzip here), as in SearchButton.astro.
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    await api.options(pagefindOptions(base));
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** A developer's message, in English: it shows only under `npm run dev`. */
const DEV_LOAD_FAILED =
  'Search needs a production build: the development server has no search index yet. Run `npm run build` once (or `npm start`) and reload; this server then searches that build.';

/** Renders results[from, from + RESULTS_PER_BATCH), loading each one's data from the index. */
async function renderBatch(results: PagefindSearch['results'], from: number): Promise<HTMLLIElement[]> {
  const data = await Promise.all(results.slice(from, from + RESULTS_PER_BATCH).map((r) => r.data()));
  return data.map((d) => renderResult(toResultView(d)));
}

function query<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search UI: ${selector} is missing from the search panel markup`);
  return found;
}

class SearchPanel {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly suggestions: HTMLElement;
  /** On a Gujarati or Hindi page: the link that runs the same words over the English pages. */
  private readonly english: HTMLAnchorElement | null;
  /** The live status's words in the page's language, from the panel's data-search-strings. */
  private readonly strings: ClientStrings;
  private results: PagefindSearch['results'] = [];
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Settles when the latest search has rendered; Enter waits for it. */
  private settled: Promise<void> = Promise.resolve();

  constructor(
    root: HTMLElement,
    private readonly onState: (state: SearchState, cause: 'typing' | 'filter') => void,
    /** On the page, Esc from a result goes back to the field; in the dialog, Esc closes it. */
    private readonly escapeToInput = false,
  ) {
    this.form = query(root, '[data-search-form]');
    this.input = query(root, '[data-search-input]');
    this.status = query(root, '[data-search-status]');
    this.list = query(root, '[data-search-results]');
    this.more = query(root, '[data-search-more]');
    this.suggestions = query(root, '[data-search-suggestions]');
    this.english = root.querySelector<HTMLAnchorElement>('[data-search-english]');
    this.strings = JSON.parse(root.dataset['searchStrings'] ?? '{}') as ClientStrings;
    this.input.addEventListener('input', () => this.changed('typing'));
    this.form.addEventListener('change', (e) => e.target !== this.input && this.changed('filter'));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.openFirst();
    });
    this.more.addEventListener('click', () => void this.showMore());
    root.addEventListener('keydown', (e) => this.onKeydown(e));
  }

  get state(): SearchState {
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.set(key, value);
    return parseSearchState(params);
  }

  set state(state: SearchState) {
    this.input.value = state.q;
    for (const field of this.form.elements) {
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || field === this.input) continue;
      const value = state[field.name as FilterKey] ?? '';
      if (field instanceof HTMLInputElement) field.checked = field.value === value;
      else field.value = value;
    }
  }

  private changed(cause: 'typing' | 'filter') {
    clearTimeout(this.timer);
    const state = this.state;
    this.linkEnglish(state.q);
    this.onState(state, cause);
    if (cause === 'filter') return void this.search(state);
    this.timer = setTimeout(() => void this.search(state), TYPING_DELAY_MS);
  }

  /** The English search page with the same words (filters stay here: topics and levels are named per language). */
  private linkEnglish(q: string): void {
    if (this.english) this.english.href = `${base}${searchPagePath(defaultLanguage.code).slice(1)}${serializeSearchState({ q })}`;
  }

  search(state = this.state): Promise<void> {
    this.linkEnglish(state.q);
    clearTimeout(this.timer);
    this.timer = undefined;
    const run = ++this.run;
    this.settled = this.execute(state, run);
    return this.settled;
  }

  private async execute(state: SearchState, run: number): Promise<void> {
    if (!hasCriteria(state)) return this.render('');
    try {
      const api = await loadPagefind();
      const { results } = await api.search(state.q || null, { filters: pagefindFilters(state) });
      const first = await renderBatch(results, 0);
      if (run !== this.run) return;
      this.render(resultSummary(this.strings, results.length, state.q, state.type), results, first);
    } catch (error) {
      if (run !== this.run) return;
      console.error(error);
      this.render(import.meta.env.DEV ? DEV_LOAD_FAILED : this.strings.loadFailed);
    }
  }

  /** Shows a new list; the suggestions show whenever there is nothing to list. Status last, once the list is there. */
  private render(status: string, results: PagefindSearch['results'] = [], items: HTMLLIElement[] = []): void {
    this.results = results;
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    this.suggestions.hidden = items.length > 0;
    this.more.hidden = items.length >= results.length;
    this.status.textContent = status;
  }

  private async showMore(): Promise<void> {
    const run = this.run;
    const items = await renderBatch(this.results, this.list.children.length);
    if (run !== this.run) return;
    this.list.append(...items);
    this.more.hidden = this.list.children.length >= this.results.length;
    items[0]?.querySelector('a')?.focus();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  }

  /** Enter in the field: the first result of what is typed now, even mid-debounce. */
  private async openFirst(): Promise<void> {
    await (this.timer === undefined ? this.settled : this.search());
    this.links()[0]?.click();
  }

  private onKeydown(e: KeyboardEvent) {
    const links = this.links();
    const current = e.target === this.input ? -1 : links.indexOf(e.target as HTMLAnchorElement);
    if (current === -1 && e.target !== this.input) return;
    if (e.key === 'Escape' && this.escapeToInput && current >= 0) {
      e.preventDefault();
      return this.input.focus();
    }
    // In the field, Home and End move the caret.
    if (current === -1 && (e.key === 'Home' || e.key === 'End')) return;
    const next = nextFocusIndex(current, e.key, links.length);
    if (next === current) return;
    e.preventDefault();
    (next === -1 ? this.input : links[next])?.focus();
  }
}

let dialogElement: Promise<HTMLDialogElement> | undefined;

/** Links the search UI's stylesheet (src/styles/search.css); settles once it applies. */
function linkStyles(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStyles, onload: resolve, onerror: reject }));
  });
}

/**
 * The dialog, added to the page on first use with its stylesheet (no page
 * carries its markup or rules; see src/pages/search-dialog.json.ts).
 */
function searchDialog(): Promise<HTMLDialogElement> {
  dialogElement ??= (async () => {
    const url = `${base}${languageFolder(language)}search-dialog.json`;
    const [response] = await Promise.all([fetch(url), linkStyles()]);
    if (!response.ok) throw new Error(`search UI: ${url} answered ${response.status}`);
    const { html } = (await response.json()) as { html: string };
    document.body.insertAdjacentHTML('beforeend', html);
    return query<HTMLDialogElement>(document, '#search-dialog');
  })();
  dialogElement.catch(() => (dialogElement = undefined));
  return dialogElement;
}

/** Opens the search dialog (creating it on first use) with focus in its field. */
export async function openDialog(trigger: Element | null): Promise<void> {
  const dialog = await searchDialog();
  if (!dialog.open) dialog.showModal();
  query<HTMLInputElement>(dialog, '[data-search-input]').focus();
  mountDialog(dialog, trigger);
}

let dialogPanel: SearchPanel | undefined;
let returnFocusTo: Element | null = null;

/** Makes the (already open) dialog search; safe to call on every open. */
export function mountDialog(dialog: HTMLDialogElement, trigger: Element | null): void {
  returnFocusTo = trigger && trigger !== document.body ? trigger : document.querySelector('[data-search-open]');
  if (dialogPanel) return;
  const full = query<HTMLAnchorElement>(dialog, '[data-search-full]');
  const panel = new SearchPanel(query(dialog, '[data-search-panel]'), (state) => {
    full.href = `${base}${searchPagePath(language).slice(1)}${serializeSearchState(state)}`;
  });
  dialogPanel = panel;
  query(dialog, '[data-search-close]').addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself: close, like Esc.
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  // Following a result to a section of the current page does not unload it: close.
  dialog.addEventListener('click', (e) => e.target instanceof Element && e.target.closest('a[href]') && dialog.close());
  // Esc closes even from a filled search field (where Chrome would first clear the field).
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('close', () => (returnFocusTo instanceof HTMLElement ? returnFocusTo.focus() : undefined));
  void loadPagefind().catch(() => undefined);
  // The reader may have typed while this module loaded.
  void panel.search();
}

let pagePanel: SearchPanel | undefined;

/** The /search/ page: state from and to the URL, Back and Forward restore earlier searches. */
export function mountPage(root: HTMLElement): void {
  if (pagePanel) return;
  const panel = new SearchPanel(
    query(root, '[data-search-panel]'),
    (state, cause) => {
      if (sameState(state, parseSearchState(location.search))) return;
      const url = `${location.pathname}${serializeSearchState(state)}`;
      // Each keystroke replaces the entry; a filter change is a step Back can undo.
      if (cause === 'filter') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    true,
  );
  pagePanel = panel;
  const fromUrl = () => {
    panel.state = parseSearchState(location.search);
    void panel.search();
  };
  addEventListener('popstate', fromUrl);
  // Loaded by a focus on an empty page, the reader may already be typing: keep that.
  if (hasCriteria(parseSearchState(location.search))) fromUrl();
  else void panel.search();
}
