/**
 * The DOM of one search result: type badge, title, highlighted excerpt, date,
 * optional thumbnail and matching sections. Classes only, no inline styles
 * (a Content Security Policy can forbid them).
 */
import type { ResultView } from '../lib/search/results.ts';

const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpts are the page's own text, HTML-escaped, with <mark> around matches. */
function excerpt(html: string, className: string): HTMLElement {
  const p = el('span', className);
  p.innerHTML = html;
  return p;
}

export function renderResult(view: ResultView): HTMLLIElement {
  const li = el('li', 'rounded-lg border border-slate-200 dark:border-slate-800');
  const link = el('a', 'flex gap-4 rounded-lg p-3 hover:bg-slate-50 focus-visible:bg-slate-50 dark:hover:bg-slate-900 dark:focus-visible:bg-slate-900');
  link.href = view.url;
  link.dataset['searchResult'] = '';
  if (view.image) {
    const img = el('img', 'hidden size-16 shrink-0 rounded-md object-cover sm:block');
    img.src = view.image.src;
    img.alt = view.image.alt;
    img.loading = 'lazy';
    link.append(img);
  }
  const body = el('span', 'flex min-w-0 flex-col gap-1');
  const head = el('span', 'flex flex-wrap items-center gap-2');
  if (view.type) {
    // Courses and paths lead somewhere (enrolment, a sequence of reading): brand colours set them apart from articles.
    const badgeColour =
      view.type === 'Article'
        ? 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200'
        : 'bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100';
    head.append(el('span', `rounded px-1.5 py-0.5 text-xs font-semibold ${badgeColour}`, view.type));
  }
  const title = el('span', 'font-semibold text-slate-900 dark:text-white', view.title);
  title.dataset['searchTitle'] = '';
  head.append(title);
  body.append(head, excerpt(view.excerpt, 'text-sm text-slate-700 dark:text-slate-300'));
  if (view.date) {
    const time = el('time', 'text-xs text-slate-600 dark:text-slate-400', dateFormat.format(new Date(view.date)));
    time.dateTime = view.date;
    body.append(time);
  }
  link.append(body);
  li.append(link);
  if (view.sections.length > 0) {
    const list = el('ul', 'mb-2 ml-6 space-y-1 border-l border-slate-200 pl-3 dark:border-slate-800');
    list.setAttribute('aria-label', `Sections of ${view.title}`);
    for (const section of view.sections) {
      const item = el('li', '');
      const sub = el('a', 'flex flex-col rounded-md px-2 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-900');
      sub.href = section.url;
      sub.dataset['searchResult'] = '';
      sub.append(el('span', 'font-medium text-brand-700 dark:text-brand-300', section.title), excerpt(section.excerpt, 'text-slate-600 dark:text-slate-400'));
      item.append(sub);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
