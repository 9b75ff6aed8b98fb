// Light/dark switch: stores the choice; the inline head script applies it before first paint.

/** Cycles the theme between the reader's explicit light and dark choices. */
export function toggleTheme(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const current =
    root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const next = current === 'dark' ? 'light' : 'dark';
  root.dataset.theme = next;
  try {
    localStorage.setItem('theme', next);
  } catch {
    /* private mode: the choice lasts for this page */
  }
  button.setAttribute('aria-pressed', String(next === 'dark'));
}
