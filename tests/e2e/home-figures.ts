// The home page as a phone reader meets it, in figures: page height, links in <main>,
// and how far down "876" and the newest progress item are. For commit bodies and the
// closing note of issue 22; tests/e2e/reader.test.ts holds the limits.
// Run after a build (Node 22+, as npx gives): npx node tests/e2e/home-figures.ts [dist-dir]
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM_OPTIONS, serveDir } from '../../scripts/lib/static-site.ts';

const dist = process.argv[2] ?? join(import.meta.dirname, '../../dist');
const server = await serveDir(dist);
const browser = await chromium.launch(CHROMIUM_OPTIONS);
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });

// The newest progress item, by its date as the /progress/ timeline gives it.
await page.goto(`${server.url}/progress/`);
const newest = await page.evaluate(() => {
  const dated = [...document.querySelectorAll('li[id] time[datetime]')].map((t) => ({
    id: t.closest('li')!.id,
    date: t.getAttribute('datetime')!,
  }));
  return dated.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0].id;
});

await page.goto(`${server.url}/`);
const figures = await page.evaluate((newestId) => {
  const main = document.querySelector('main')!;
  const top = (el: Element | null | undefined) =>
    el ? Math.round(el.getBoundingClientRect().top + scrollY) : 'not on the page';
  const hrefs = [...main.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  const firstText876 = [...main.querySelectorAll('h1, h2, h3, p, figure')].find((el) =>
    el.textContent!.includes('876'),
  );
  return {
    height: document.documentElement.scrollHeight,
    linksInMain: hrefs.length,
    distinctLinksInMain: new Set(hrefs).size,
    first876Text: top(firstText876),
    picture876: top(document.querySelector('[data-diagram="876"]')),
    newestProgress: `${newestId}: ${top(main.querySelector(`a[href$="/progress/${newestId}/"]`))}`,
  };
}, newest);
console.log(JSON.stringify(figures, null, 2));
await browser.close();
await server.close();
