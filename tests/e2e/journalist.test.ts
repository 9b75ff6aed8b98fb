// A journalist on deadline, on a phone and a laptop: cite the plan itself, find sources
// by title. (Newest facts first: tests/build/facts.test.ts; the theme button and phone
// navigation: reader.test.ts.)
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
