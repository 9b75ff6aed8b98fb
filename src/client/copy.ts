// Copy buttons of the 引用本条 box: puts today's date in the citation, copies it, says so.

/** Today as YYYY-MM-DD and as 2026 年 11 月 26 日, in the reader's time zone. */
function today(): { iso: string; zh: string } {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { iso, zh: `${d.getFullYear()} 年 ${d.getMonth() + 1} 月 ${d.getDate()} 日` };
}

async function writeClipboard(text: string, source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or insecure contexts: select the text and use the legacy command.
    getSelection()?.selectAllChildren(source);
    return document.execCommand('copy');
  }
}

/** Copies the text of the element a button names in `data-copy-target`, and announces the result. */
export async function copyFromButton(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset.copyTarget ?? '');
  if (!source) return;
  const { iso, zh } = today();
  for (const t of source.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) {
    t.dateTime = iso;
    t.textContent = t.dataset.accessDate === 'zh' ? zh : iso;
  }
  const ok = await writeClipboard(source.innerText.trim(), source);
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
