// Pages read on a narrow phone: nothing scrolls sideways at 360 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveDist } from './harness.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGE_TYPES = ['/', '/industries/', '/industries/e2/', '/aspects/', '/aspects/a1/', '/measures/', '/programmes/p1/', '/statements/', '/statements/q1/', '/targets/', '/glossary/', '/glossary/gl01/', '/sources/', '/sources/src-explainer/', '/about/', '/search/?q=储能', '/no-such-page/'];

describe('phone layout', () => {
  for (const path of PAGE_TYPES) {
    it(`${path} does not scroll horizontally at 360 px`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(server.url + encodeURI(path));
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.close();
    });
  }
});
