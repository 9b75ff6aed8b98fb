// The search page: runs the search engine on the form's state (?q=&kind=&tier=), renders
// results as a listbox of links, and keeps the URL in step so a result list can be shared
// and bookmarked.
import { createSearchEngine, type Hit, type SearchResponse } from './search-engine.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// Which ranking tier a hit is in when it is above the page-text tier: shown so the tiers read apart.
const MATCH_LABEL: Record<string, string> = {
  id: '编号相符',
  title: '标题含此词',
  alias: '别称含此词',
};

function resultItem(hit: Hit, index: number): HTMLLIElement {
  const a = el('a', { href: hit.url, id: `result-${index}`, className: 'card' });
  // Attributes, not ARIA reflection (role, ariaSelected), which Firefox before 119 lacks.
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  const meta = el(
    'span',
    { className: 'text-xs muted block' },
    [hit.kind, hit.tier && `· ${hit.tier}`, MATCH_LABEL[hit.match] && `· ${MATCH_LABEL[hit.match]}`]
      .filter(Boolean)
      .join(' '),
  );
  const head = el('span', { className: 'block' });
  if (hit.id) head.append(el('span', { className: 'id-badge' }, hit.id), ' ');
  head.append(el('strong', {}, hit.title));
  // excerptHtml is escaped by the engine; only <mark> elements are added.
  const excerpt = el('span', { className: 'block text-sm mt-1', innerHTML: hit.excerptHtml });
  a.append(meta, head, excerpt);
  const li = el('li', {}, a);
  li.setAttribute('role', 'none');
  return li;
}

/**
 * The checkboxes of filter `name` (fields of the search form), one per value with its count,
 * the checked ones kept when this query has no match among them; none without values.
 */
function filterGroup(name: 'kind' | 'tier', counts: Record<string, number>, checked: string[]) {
  const values = new Set([...Object.keys(counts), ...checked]);
  if (!values.size) return [];
  const fs = el(
    'fieldset',
    { className: 'border border-[var(--line)] rounded p-2' },
    el('legend', { className: 'text-sm font-bold px-1' }, { kind: '类型', tier: '产业层级' }[name]),
  );
  for (const value of values) {
    const input = el('input', { type: 'checkbox', name, value, checked: checked.includes(value) });
    input.setAttribute('form', 'search-form');
    fs.append(
      el('label', { className: 'tap mr-3 gap-1' }, input, `${value}（${counts[value] ?? 0}）`),
    );
  }
  return [fs];
}

/** Wires up the search page. */
export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const related = document.querySelector<HTMLOListElement>('#search-related')!;
  const relatedBox = document.querySelector<HTMLElement>('#search-related-box')!;
  const filters = document.querySelector<HTMLElement>('#search-filters')!;
  const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
  const empty = document.querySelector<HTMLElement>('#search-empty')!;
  const engine = createSearchEngine(import.meta.env.BASE_URL);
  let current: SearchResponse | undefined;
  let active = -1;
  let run = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', 'search-results');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');

  const options = () => [...document.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const setActive = (i: number) => {
    const opts = options();
    opts.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (opts[i]) {
      input.setAttribute('aria-activedescendant', opts[i].id);
      opts[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** Adds hits to the two lists, numbering them on from the results already shown. */
  function append(hits: { exact: Hit[]; related: Hit[] }, total: number): void {
    const shown = options().length;
    list.append(...hits.exact.map((h, i) => resultItem(h, shown + i)));
    related.append(...hits.related.map((h, i) => resultItem(h, shown + hits.exact.length + i)));
    moreButton.hidden = options().length >= total || options().length === shown;
  }

  function render(res: SearchResponse, params: URLSearchParams): void {
    current = res;
    // The page reserves a screen for the results while they load (no layout shift); now they are here.
    list.classList.remove('min-h-screen');
    const total = res.total.exact + res.total.related;
    list.replaceChildren();
    related.replaceChildren();
    append(res, total);
    relatedBox.hidden = res.total.related === 0;
    input.setAttribute('aria-expanded', String(total > 0));
    setActive(-1);
    const searched = res.simplifiedFrom
      ? `“${res.normalised}”（由繁体“${res.simplifiedFrom}”转为简体）`
      : `“${res.normalised}”`;
    status.textContent =
      total === 0
        ? `没有找到包含${searched}的页面。`
        : `${searched}：${res.total.exact} 个页面包含完整字词${res.total.related ? `，另有 ${res.total.related} 个页面只含部分字词` : ''}。`;
    empty.hidden = total !== 0;
    filters.replaceChildren(
      ...filterGroup('kind', res.counts.kind, params.getAll('kind')),
      ...filterGroup('tier', res.counts.tier, params.getAll('tier')),
    );
  }

  /** Searches for `params` (the form's fields, blank ones left out) and puts them in the URL. */
  async function update(params: URLSearchParams): Promise<void> {
    const url = new URL(location.href);
    url.search = String(params);
    history.replaceState(null, '', url);
    const q = params.get('q')?.trim();
    if (!q) {
      for (const el of [list, related, filters]) el.replaceChildren();
      for (const el of [relatedBox, moreButton, empty]) el.hidden = true;
      status.textContent = '';
      return;
    }
    const mine = ++run;
    status.textContent = '正在搜索…';
    const res = await engine.search(q, {
      kind: params.getAll('kind'),
      tier: params.getAll('tier'),
    });
    if (mine === run) render(res, params);
  }

  /** The fields as URL parameters (?q=&kind=&tier=), blank ones left out. */
  const nonBlank = (fields: Iterable<[string, FormDataEntryValue]>) => {
    const params = new URLSearchParams();
    for (const [key, value] of fields) if (value) params.append(key, String(value));
    return params;
  };
  const formParams = () => {
    const params = nonBlank(new FormData(form));
    // Until results draw the filter boxes (or after the query is cleared), the URL's filters stand.
    if (!filters.childElementCount)
      for (const key of ['kind', 'tier'])
        for (const value of new URLSearchParams(location.search).getAll(key))
          params.append(key, value);
    return params;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(formParams()), 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void update(formParams());
  });
  filters.addEventListener('change', () => void update(formParams()));
  input.addEventListener('keydown', (e) => {
    const opts = options();
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step && opts.length) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(active + step, opts.length - 1)));
    } else if (e.key === 'Enter' && active >= 0 && opts[active]) {
      e.preventDefault();
      opts[active].click();
    } else if (e.key === 'Escape') {
      setActive(-1);
    }
  });
  // Results resolve in batches so the first search stays small; this fetches the next batch.
  moreButton.addEventListener('click', async () => {
    if (current) append(await current.more(), current.total.exact + current.total.related);
  });
  const initial = nonBlank(new URLSearchParams(location.search));
  input.value = initial.get('q') ?? '';
  void update(initial);
}
