// A member of the public on a phone: the home page explains the plan in a few screens,
// "876" first, the latest news near the top; /progress/ keeps its numbers whole; the
// navigation shows every item; the theme button says what it will do.
// Figures for commits: npx node tests/e2e/home-figures.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, useSite, useTab } from './harness.ts';

const site = useSite();
const phone = useTab(site, (b) => b.newContext({ viewport: { width: 390, height: 844 } }));

/** The progress items' IDs and dates, read from their front matter. */
const progress = readdirSync(join(ROOT, 'content/progress'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(join(ROOT, 'content/progress', f), 'utf8').split(/^---$/m)[1];
    const data = parseYaml(front) as { id: string; date?: string };
    return { id: data.id, date: data.date ?? '' };
  });
// Dates as written (2026-01-22 > 2026); a tie is broken by the higher ID.
const newest = progress.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0];

describe('the home page at 390×844', () => {
  it('is at most 4,500 px tall, with "876" explained in the first screen', async () => {
    const { page } = phone;
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      4500,
    );
    const picture = page.locator('main [data-diagram="876"]');
    const box = (await picture.boundingBox())!;
    expect(box.y).toBeLessThan(844);
    // The picture explains the code: its digits and the sum they make.
    await expect.poll(() => picture.locator('[data-code]').innerText()).toMatch(/876[\s\S]*= 21/);
  });

  it('shows the newest progress item, and links no entry twice from the page body', async () => {
    const { page } = phone;
    await page.goto(`${site.url}/`);
    const link = page.locator(`main a[href="/progress/${newest.id.toLowerCase()}/"]`);
    expect(await link.isVisible(), `${newest.id} on the home page`).toBe(true);
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Entries with a public ID; sources are citations and may be cited where each claim is.
    const entries = hrefs.filter((h) =>
      /^\/(industries|pillars|aspects|measures|programmes|statements|targets|glossary|progress)\/[a-z]+\d+\/$/.test(
        h,
      ),
    );
    expect(entries.length).toBeGreaterThan(30);
    expect(entries.filter((h, i) => entries.indexOf(h) !== i)).toEqual([]);
  });

  it('marks flagged items with a short mark that has words for screen readers, and a legend', async () => {
    const { page } = phone;
    await page.goto(`${site.url}/`);
    const marks = page.locator('main .flag[data-flag]');
    expect(await marks.count()).toBeGreaterThan(3);
    for (const mark of await marks.all()) {
      expect((await mark.locator('[aria-hidden="true"]').innerText()).length).toBeLessThanOrEqual(
        2,
      );
      expect(await mark.textContent()).toMatch(/（.{4,}）/);
    }
    expect(await page.locator('main [data-flag-legend]').count()).toBe(1);
    // What a sighted reader sees: the mirror sentence once, in the legend, not on each item.
    const seen = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
      return copy.textContent!;
    });
    expect(seen.split('仅见于转载镜像页').length - 1).toBe(1);
  });
});

describe('/progress/ on a phone', () => {
  it('lists the newest item first and breaks no number across lines', async () => {
    const { page } = phone;
    await page.goto(`${site.url}/progress/`);
    expect(await page.locator('#timeline ~ ol > li').first().getAttribute('id')).toBe(
      newest.id.toLowerCase(),
    );
    const values = page.locator('main .num');
    expect(await values.count()).toBeGreaterThan(10);
    const broken = await values.evaluateAll((spans) =>
      spans.filter((s) => s.getClientRects().length !== 1).map((s) => s.textContent),
    );
    expect(broken).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

describe('phone navigation at 360 px', () => {
  it('shows every item inside the screen, with no row to scroll sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/`);
    const links = page.locator('nav[aria-label="主导航"] a');
    expect(await links.count()).toBeGreaterThan(8);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(await link.isVisible()).toBe(true);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});

describe('theme button', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`says what it will do, from the ${scheme} system setting and after a stored choice`, async () => {
      const ctx = await site.browser.newContext({ colorScheme: scheme });
      const page = await ctx.newPage();
      const [now, other] = scheme === 'light' ? ['深色', '浅色'] : ['浅色', '深色'];
      await page.goto(`${site.url}/`);
      await page.getByRole('button', { name: `切换到${now}` }).click();
      await page.getByRole('button', { name: `切换到${other}` }).waitFor();
      expect(await page.locator('html').getAttribute('data-theme')).toBe(
        scheme === 'light' ? 'dark' : 'light',
      );
      await page.reload();
      await page.getByRole('button', { name: `切换到${other}` }).waitFor();
      await ctx.close();
    });
  }
});
