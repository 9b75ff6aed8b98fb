// A member of the public on a phone: the navigation shows every item; the theme button
// says what it will do.
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

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
