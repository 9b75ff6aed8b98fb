// Pages read on a narrow phone: nothing scrolls sideways at 360 px.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PATHS, useSite } from './harness.ts';

const site = useSite();

describe('phone layout', () => {
  for (const { path } of [...SAMPLE_PATHS, { path: '/search/?q=储能' }]) {
    it(`${path} does not scroll horizontally at 360 px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(site.url + encodeURI(path));
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.close();
    });
  }
});
