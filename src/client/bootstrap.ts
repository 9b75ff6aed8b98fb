// The one script every page carries, inline in <head> (src/integrations/islands.ts fills
// in the island URLs): it applies the stored light/dark choice before first paint, then
// only listens; the code a click needs is imported on first use.
declare const __COPY_ISLAND__: string;
declare const __THEME_ISLAND__: string;

const root = document.documentElement;
try {
  const stored = localStorage.getItem('theme');
  if (stored === 'dark' || stored === 'light') root.dataset.theme = stored;
} catch {
  /* storage blocked: follow the system setting */
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const copy = target?.closest('[data-copy-target]');
  if (copy) void import(__COPY_ISLAND__).then((m) => m.copyFromButton(copy));
  if (target?.closest('[data-theme-toggle]'))
    void import(__THEME_ISLAND__).then((m) => m.toggleTheme());
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
