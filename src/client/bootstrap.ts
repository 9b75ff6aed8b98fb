// The one script every page carries, inline in <head> (src/integrations/islands.ts
// compiles it and fills in the island URLs). It applies the reader's stored
// light/dark choice before first paint, then only listens: the code a click
// needs (copying a citation, switching the theme) is imported on first use.
declare const __COPY_ISLAND__: string;
declare const __THEME_ISLAND__: string;

const root = document.documentElement;
try {
  const stored = localStorage.getItem('theme');
  if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
} catch {
  /* storage blocked: follow the system setting */
}

document.addEventListener('DOMContentLoaded', () => {
  const dark =
    (root.dataset.theme ??
      (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  for (const b of document.querySelectorAll('[data-theme-toggle]'))
    b.setAttribute('aria-pressed', String(dark));
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const copy = target?.closest('[data-copy-target]');
  if (copy) void import(__COPY_ISLAND__).then((m) => m.copyFromButton(copy));
  const theme = target?.closest('[data-theme-toggle]');
  if (theme) void import(__THEME_ISLAND__).then((m) => m.toggleTheme(theme));
});

// `/` or Ctrl/⌘+K focuses the search box, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
  const t = event.target;
  const typing =
    t instanceof HTMLElement &&
    (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  const box =
    document.querySelector<HTMLInputElement>('#q') ??
    document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
