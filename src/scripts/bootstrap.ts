// The only script every page loads: a few delegated listeners. Everything
// they trigger (copying, search) is imported on first use.

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const copyButton = target?.closest<HTMLButtonElement>('[data-copy-target]');
  if (copyButton) void import('./copy.ts').then((m) => m.copyFromButton(copyButton));
  const themeButton = target?.closest<HTMLButtonElement>('[data-theme-toggle]');
  if (themeButton) void import('./theme.ts').then((m) => m.toggleTheme(themeButton));
});

// `/` or Ctrl/⌘+K focuses the search box, unless the reader is typing somewhere.
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  const box = document.querySelector<HTMLInputElement>('#q') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
