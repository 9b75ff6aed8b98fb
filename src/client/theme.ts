// Light/dark switch: stores the choice; the inline head script applies it before first
// paint, and CSS shows the button's label for the mode it now switches to.

/** Switches to the mode the page is not in, and remembers the reader's choice. */
export function toggleTheme(): void {
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
}
