// The site built for a sub-path, served under it as a newsroom would publish it: a search
// in Chromium loads Pagefind from the prefix and its results open pages under the prefix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness.ts';
import { BASE, basePathSite, serveUnderBase } from '../build/base-path-site.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveUnderBase>>;
beforeAll(async () => {
  server = await serveUnderBase(await basePathSite());
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`site served under ${BASE}`, () => {
  it('searches, opens a result under the prefix, and requests nothing outside it', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) problems.push(`outside: ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${server.url}${BASE}search/?q=${encodeURIComponent('储能')}`);
    const first = page.locator('[data-search-results] a').first();
    await first.waitFor();
    const href = (await first.getAttribute('href'))!;
    expect(href.startsWith(BASE), href).toBe(true);
    await first.click();
    await page.waitForURL((u) => u.pathname === href.split('#')[0]);
    expect(await page.locator('main').textContent()).toContain('储能');
    // The header's search box submits to the search page under the prefix.
    await page.locator('#site-search').fill('E3');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL((u) => u.pathname === `${BASE}search/`);
    await page.locator('[data-search-results] a').first().waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
