// Pages read on a narrow phone: nothing scrolls sideways at 360 px.
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

const PAGE_TYPES = [
  '/',
  '/industries/',
  '/industries/e2/',
  '/aspects/',
  '/aspects/a1/',
  '/measures/',
  '/programmes/p1/',
  '/statements/',
  '/statements/q1/',
  '/targets/',
  '/glossary/',
  '/glossary/gl01/',
  '/sources/',
  '/sources/src-explainer/',
  '/about/',
  '/search/?q=储能',
  '/no-such-page/',
];

describe('phone layout', () => {
  for (const path of PAGE_TYPES) {
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
