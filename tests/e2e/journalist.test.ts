// A journalist on deadline, on a phone and a laptop: cite the plan itself, read the
// newest facts first, switch the theme knowing its state, reach every section.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { ROOT, useSite } from './harness.ts';

const site = useSite();
const plan = parseYaml(readFileSync(join(ROOT, 'content/plan.yaml'), 'utf8')) as {
  title: string;
  issuers: string[];
};
const industryPaths = readdirSync(join(ROOT, 'content/industries'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `/industries/${f.replace(/\.mdx$/, '')}/`);

let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
});

/** A card's date as written on the page (2024 年 7 月 21 日（推断）) as 2024-07-21; '' when unknown. */
function dateKey(shown: string): string {
  const m = /(\d{4}) 年(?: (\d{1,2}) 月)?(?: (\d{1,2}) 日)?/.exec(shown);
  if (!m) return '';
  return [m[1], m[2], m[3]]
    .filter(Boolean)
    .map((part) => part!.padStart(2, '0'))
    .join('-');
}

describe('引用本方案', () => {
  for (const [button, issuerJoin] of [
    ['复制方案引用（GB/T 7714）', ', '],
    ['复制一句话引用', '、'],
  ]) {
    it(`${button} copies the issuers, the title and the inferred year, with no internal ID`, async () => {
      const page = await context.newPage();
      await page.goto(`${site.url}/`);
      await page.getByRole('button', { name: button }).click();
      await page.getByText('已复制 ✓').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(plan.issuers.join(issuerJoin));
      expect(copied).toContain(plan.title);
      expect(copied).toMatch(/\[2024\]|2024 年，推断/);
      expect(copied).not.toMatch(/src-/);
      await page.close();
    });
  }

  it('is on the about page too, saying the document number was not found', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/about/`);
    const box = page.locator('section[aria-labelledby="cite-plan"]');
    await expect.poll(() => box.textContent()).toContain('文号未找到');
    await page.close();
  });
});

describe('facts', () => {
  it('every industry page lists its facts newest first, undated last, under a 最新 line', async () => {
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const path of industryPaths) {
      await page.goto(site.url + path);
      const keys = (await page.locator('#facts-heading ~ ol .fact-date').allTextContents()).map(
        dateKey,
      );
      const dated = keys.filter(Boolean);
      const undatedFirst = keys.findIndex((k) => !k);
      if (undatedFirst >= 0 && keys.slice(undatedFirst).some(Boolean))
        wrong.push(`${path}: a dated fact after an undated one`);
      if (dated.some((k, i) => i > 0 && k > dated[i - 1]))
        wrong.push(`${path}: dates out of order ${dated.join(' ')}`);
      const newest = page.locator('[data-newest-fact]');
      if (dated.length > 0 && !(await newest.textContent())?.includes(dated[0].slice(0, 4)))
        wrong.push(`${path}: 最新 line does not give the newest date`);
    }
    expect(wrong).toEqual([]);
    await page.close();
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
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('解读')}`);
    await page.locator('[data-search-results] a').first().waitFor();
    const results = page.locator('[data-search-results]');
    await expect.poll(() => results.locator('a[href^="/sources/"]').count()).toBeGreaterThan(0);
    expect(await results.textContent()).not.toMatch(/src-/);
    await page.close();
  });
});
