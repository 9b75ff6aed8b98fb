// A journalist on deadline, on a phone and a laptop: cite the plan itself, switch the
// theme knowing its state, reach every section. (Newest facts first: tests/build/facts.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copiedText, newCopyingContext, ROOT, useSite, useTab } from './harness.ts';

const site = useSite();
const plan = parseYaml(readFileSync(join(ROOT, 'content/plan.yaml'), 'utf8')) as {
  title: string;
  issuers: string[];
};

const tab = useTab(site, newCopyingContext);

describe('引用本方案', () => {
  for (const [button, issuerJoin] of [
    ['复制方案引用（GB/T 7714）', ', '],
    ['复制一句话引用', '、'],
  ]) {
    it(`${button} copies the issuers, the title and the inferred year, with no internal ID`, async () => {
      const { page } = tab;
      await page.goto(`${site.url}/`);
      await page.getByRole('button', { name: button }).click();
      await page.getByText('已复制 ✓').waitFor();
      const copied = await copiedText(page);
      expect(copied).toContain(plan.issuers.join(issuerJoin));
      expect(copied).toContain(plan.title);
      expect(copied).toMatch(/\[2024\]|2024 年，推断/);
      expect(copied).not.toMatch(/src-/);
    });
  }

  it('is on the about page too, saying the document number was not found', async () => {
    const { page } = tab;
    await page.goto(`${site.url}/about/`);
    const box = page.locator('section[aria-labelledby="cite-plan"]');
    await expect.poll(() => box.textContent()).toContain('文号未找到');
  });
});

describe('theme button', () => {
  it('exposes its state: 深色模式 pressed in dark, not pressed in light, and remembers it', async () => {
    const ctx = await site.browser.newContext({ colorScheme: 'light' });
    const page = await ctx.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: '深色模式', pressed: false }).click();
    await page.getByRole('button', { name: '深色模式', pressed: true }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload();
    await page.getByRole('button', { name: '深色模式', pressed: true }).waitFor();
    await ctx.close();
  });
});

describe('phone navigation at 360 px', () => {
  it('reaches every item, shows that the row scrolls, and includes 举措', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/`);
    const row = page.locator('nav[aria-label="主导航"] ul');
    const [scrollWidth, clientWidth, mask] = await row.evaluate((ul) => [
      ul.scrollWidth,
      ul.clientWidth,
      getComputedStyle(ul).maskImage,
    ]);
    if (scrollWidth > clientWidth) expect(mask).toContain('gradient');
    const links = row.getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(
      '/measures/',
    );
    for (const link of await links.all()) {
      await link.scrollIntoViewIfNeeded();
      await link.click({ trial: true, timeout: 2000 });
    }
    await page.close();
  });
});

describe('sources are named by title', () => {
  it('search results for a source show its title and no src- slug', async () => {
    const { page } = tab;
    // Source pages rank after content pages, so ask for them by kind.
    await page.goto(
      `${site.url}/search/?q=${encodeURIComponent('解读')}&kind=${encodeURIComponent('来源')}`,
    );
    await page.locator('[data-search-results] a').first().waitFor();
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.locator('a[href^="/sources/"]').count()).toBeGreaterThan(0);
    expect(await results.textContent()).not.toMatch(/src-/);
  });
});
