// The search page as a journalist uses it: type, filter, open a result, share the URL.
import { describe, expect, it } from 'vitest';
import { useSite, useTab } from './harness.ts';

const site = useSite();
// One tab for the tests, except where a first, uncached load is the point.
const tab = useTab(site);

describe('search page', () => {
  it('types a query, filters by kind, keeps the state in the URL, and opens a result on its words', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/search/`);
    await page.locator('#q').fill('储能');
    await page.locator('[data-search-results] a').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('储能');
    await page.getByRole('checkbox', { name: /^产业方向/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('kind')).toEqual(['产业方向']);
    await expect
      .poll(async () =>
        (await page.locator('[data-search-results] a .text-xs').allTextContents()).every((t) =>
          t.startsWith('产业方向'),
        ),
      )
      .toBe(true);
    const shared = page.url();
    const first = page.locator('[data-search-results] a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toContain(':~:text=');
    await first.click();
    await page.waitForURL((u) => u.pathname === new URL(href, site.url).pathname);
    expect(await page.locator('main').textContent()).toContain('储能');

    // The shared URL, opened again, restores the query and the filter.
    await page.goto(shared);
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.locator('#q').inputValue()).toBe('储能');
    expect(await page.getByRole('checkbox', { name: /^产业方向/ }).isChecked()).toBe(true);
  });

  it('keeps a filter from the URL when the query is typed before any filter box is drawn', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/search/?kind=${encodeURIComponent('产业方向')}`);
    await page.locator('#q').fill('储能');
    await page.locator('[data-search-results] a').first().waitFor();
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['产业方向']);
    expect(await page.getByRole('checkbox', { name: /^产业方向/ }).isChecked()).toBe(true);
    const kinds = await page.locator('[data-search-results] a .text-xs').allTextContents();
    expect(kinds.every((t) => t.startsWith('产业方向'))).toBe(true);
  });

  it('ignores a blank filter in the URL (?kind=)', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('储能')}&kind=`);
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.getByRole('checkbox', { name: /^（/ }).count()).toBe(0);
  });

  it('puts an ID first and explains a traditional query', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('E3')}`);
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.locator('[data-search-results] a .id-badge').first().textContent()).toBe(
      'E3',
    );
    // The tier shows on the result: an ID match says so.
    expect(await page.locator('[data-search-results] a .text-xs').first().textContent()).toContain(
      '编号相符',
    );
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('儲能')}`);
    // The first query loads Pagefind: allow it more than expect.poll's default second.
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
      .toContain('繁体');
  });

  it('holds still while the results arrive: CLS under 0.1 on /search/?q=储能', async () => {
    for (const width of [1280, 360]) {
      // A fresh tab: the shift to measure is the one of a first, uncached load.
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean }
          >)
            if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('储能')}`);
      await page.locator('[data-search-results] a').first().waitFor();
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      expect(cls, `${width} px`).toBeLessThan(0.1);
      await page.close();
    }
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('卡脖子')}`);
    await page.locator('[data-search-results] a').first().waitFor();
    await page.locator('#q').focus();
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#q').getAttribute('aria-activedescendant');
    expect(active).toBe('result-0');
    const href = await page.locator('#result-0').getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === new URL(href!, site.url).pathname);
  });
});
