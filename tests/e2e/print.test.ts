// The handout a journalist prints: an industry page fits on two A4 pages and keeps
// what a reader needs on paper (原文, 解读, facts, sources, related IDs, the permalink once).
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('print', () => {
  it('prints /industries/e7/ on at most two A4 pages with the essentials and no diagrams', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/industries/e7/`);
    await page.emulateMedia({ media: 'print' });
    for (const kept of ['[data-kind="yuanwen"]', '#facts-heading', '#sources-heading', '#related'])
      expect(await page.locator(kept).first().isVisible(), kept).toBe(true);
    for (const dropped of ['[data-diagram]', 'details', '.cite-box'])
      expect(await page.locator(dropped).first().isVisible(), dropped).toBe(false);
    // The related cards print as one line of their IDs under the heading.
    const related = (await page.locator('section:has(> #related)').innerText()).trim().split('\n');
    expect(related.at(-1)).toMatch(/^[A-Z]+\d+(、[A-Z]+\d+)+$/);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.split('/industries/e7/').length - 1, 'permalink printed once').toBe(1);

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.close();
  });
});
