// Journalist path: open an item, copy its citation by keyboard, read what it copied; print to A4.
import { describe, expect, it } from 'vitest';
import { copiedText, newCopyingContext, useSite, useTab } from './harness.ts';

const site = useSite();
const tab = useTab(site, newCopyingContext);

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('引用本条', () => {
  it('copies a GB/T 7714 citation with ID, title, permalink and today as the access date, and says so', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/industries/e3/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const button = page.getByRole('button', { name: '复制引用（GB/T 7714）' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByText('已复制 ✓').waitFor();
    const copied = await copiedText(page);
    expect(copied).toContain(`E3 ${title}[EB/OL]`);
    expect(copied).toContain('/industries/e3/');
    expect(copied).toContain(`[${today()}]`);
    expect(copied).toMatch(/所据来源：\n\[1\]/);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('已复制');
  });

  it('copies the 原文 with its attribution', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/statements/q1/`);
    const quote = (await page
      .locator('[data-kind="yuanwen"] blockquote')
      .first()
      .textContent())!.trim();
    await page.getByRole('button', { name: '复制原文及出处' }).click();
    await page.getByText('已复制 ✓').waitFor();
    const copied = await copiedText(page);
    // Pasted into running text the passage gets “ ”, and its own “ ” nest inside as ‘ ’; the words are the block's.
    const inner = /^“(.+)”（/.exec(copied)?.[1] ?? '';
    const marks = (s: string) => s.replace(/[‘’]/g, (c) => (c === '‘' ? '“' : '”'));
    expect(inner).not.toMatch(/[“”]/);
    expect(marks(inner)).toBe(marks(quote));
    expect(copied).toMatch(/（.+《.+》.*）$/);
  });

  it('shows the citation as selectable text without JavaScript', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/aspects/a1/`);
    await expect.poll(() => page.locator('[data-cite="gbt"]').textContent()).toContain('A1');
    await ctx.close();
  });
});

describe('print', () => {
  it('prints an industry page on A4 without navigation, with the permalink and ID', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/industries/e7/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('button').first().isVisible()).toBe(false);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    expect(await page.locator('.print-only').textContent()).toContain('/industries/e7/');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    await page.emulateMedia({ media: null }); // the tab is shared
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
