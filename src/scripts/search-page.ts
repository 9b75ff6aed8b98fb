// Client code of the search page: reads ?q=, loads Pagefind on demand, renders results.
type PagefindResult = { id: string; data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }> };
type Pagefind = { search: (q: string) => Promise<{ results: PagefindResult[] }>; options: (o: object) => Promise<void> };

let loaded: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  loaded ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return loaded;
}

/** Wires up the search page. */
export async function runSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const q = new URL(location.href).searchParams.get('q') ?? '';
  input.value = q;
  if (!q.trim()) return;
  status.textContent = '正在搜索…';
  const pf = await loadPagefind();
  const { results } = await pf.search(q.trim());
  const data = await Promise.all(results.slice(0, 50).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.className = 'card';
      const title = document.createElement('strong');
      title.textContent = d.meta.title ?? d.url;
      const excerpt = document.createElement('span');
      excerpt.className = 'block text-sm muted mt-1';
      excerpt.innerHTML = d.excerpt;
      a.append(title, excerpt);
      li.append(a);
      return li;
    }),
  );
  status.textContent = `“${q}”共找到 ${results.length} 个页面。`;
}
