// Copy buttons of the 引用本条 box: puts today's date in the citation, copies it, says so.

/** Copies the text of the element a button names in `data-copy-target`, and announces the result. */
export async function copyFromButton(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset.copyTarget ?? '');
  if (!source) return;
  // Today in the reader's time zone, as YYYY-MM-DD and as 2026 年 11 月 26 日.
  const d = new Date();
  const [year, month, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  for (const t of source.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) {
    t.dateTime = iso;
    t.textContent = t.dataset.accessDate === 'zh' ? `${year} 年 ${month} 月 ${day} 日` : iso;
  }
  let ok = true;
  try {
    await navigator.clipboard.writeText(source.innerText.trim());
  } catch {
    // Older browsers or insecure contexts: select the text and use the legacy command.
    getSelection()?.selectAllChildren(source);
    ok = document.execCommand('copy');
  }
  const status = button.closest('section')?.querySelector<HTMLElement>('[data-copy-status]');
  const label = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = label;
  button.textContent = ok ? '已复制 ✓' : '复制失败，请手动选择文字';
  if (status)
    status.textContent = ok
      ? `${label.replace(/^复制/, '')}已复制到剪贴板。`
      : '复制失败，请手动选择文字后复制。';
  setTimeout(() => {
    button.textContent = label;
  }, 2500);
}
