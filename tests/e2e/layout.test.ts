// Pages read on a narrow phone: nothing scrolls sideways at 360 px, on one page of
// each type here and on every page in the sweep (tests/sweep/a11y.test.ts).
import { describe, expect, it } from 'vitest';
import { ONE_PER_TYPE, useSite, waitForSearchResults } from './harness.ts';

const site = useSite();

describe('phone layout', () => {
  for (const { path } of [...ONE_PER_TYPE, { path: '/search/?q=储能' }]) {
    it(`${path} does not scroll horizontally at 360 px`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(site.url + encodeURI(path));
      if (path.includes('?q=')) await waitForSearchResults(page);
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.close();
    });
  }
});
