// The site built for a sub-path (BASE_PATH=/zt/876/), as a newsroom would publish it:
// every link, asset and absolute URL stays under the prefix and resolves to a built
// file; served under the prefix, a search in Chromium loads Pagefind from it and its
// results open pages under it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../scripts/lib/dist-pages.ts';
import { buildProject } from '../../scripts/lib/project-copy.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-site.ts';
import { ROOT, useSite } from '../e2e/harness.ts';

/** The sub-path the test build is served under. */
const BASE = '/zt/876/';
/** The origin the test build names in permalinks, the feed and the sitemap. */
const SITE = 'https://news.example.cn';
const dir = join(ROOT, '.build-tmp/dist-base');
let server: StaticServer;

beforeAll(async () => {
  const build = buildProject(ROOT, dir, { BASE_PATH: BASE, SITE_URL: SITE });
  if (!build.ok) throw new Error(`base-path build failed:\n${build.out}`);
  server = await serveDir(dir, { headersFile: join(dir, '_headers'), base: BASE });
}, 10 * 60_000);
afterAll(() => server?.close());
// Connects to Chromium after the build, which blocks this file's thread while it runs.
const site = useSite();

const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** Why a URL path under the prefix has no built file, or undefined when it has one. */
function missing(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return 'escapes the base path';
  const file = decodeURIComponent(pathname.slice(BASE.length));
  const target = file === '' || file.endsWith('/') ? join(file, 'index.html') : file;
  return existsSync(join(dir, target)) ? undefined : 'no such file';
}

describe(`site built for ${BASE}`, () => {
  it('every href, src and action on every page resolves to a file under the base path', () => {
    const pages = walk(dir)
      .map((f) => relative(dir, f))
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(100);
    const broken: string[] = [];
    for (const file of pages) {
      const pageUrl = new URL(BASE + file.replace(/index\.html$/, ''), SITE);
      const doc = parse(read(file));
      const refs = doc
        // 404.html's canonical names /404/, a page no host serves (the file answers every unknown path).
        .querySelectorAll('[href], [src], form[action]')
        .filter((el) => !(file === '404.html' && el.getAttribute('rel') === 'canonical'))
        .map(
          (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!,
        );
      // The inline bootstrap imports the islands by URL.
      for (const m of read(file).matchAll(/import\("([^"]+)"\)/g)) refs.push(m[1]);
      for (const ref of refs) {
        if (ref.startsWith('#') || /^mailto:/.test(ref)) continue;
        const url = new URL(ref, pageUrl);
        if (url.origin !== new URL(SITE).origin) continue; // links to sources elsewhere
        const problem = missing(url.pathname);
        if (problem) broken.push(`${file}: ${ref} (${problem})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('permalinks, feed, sitemap, robots.txt and open data name the address with the prefix', () => {
    const home = `${SITE}${BASE}`;
    const e1 = `${home}industries/e1/`;
    const entry = parse(read('industries/e1/index.html'));
    expect(entry.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(e1);
    expect(entry.querySelector('[data-cite="plain"]')?.textContent).toContain(`，${e1}（`);
    expect(read('feed.xml')).toContain(`<link>${home}</link>`);
    expect(read('feed.xml')).toContain(`<link>${e1}</link>`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${home}sitemap-0.xml</loc>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${e1}</loc>`);
    expect(read('robots.txt')).toContain(`Disallow: ${BASE}search/`);
    expect(read('robots.txt')).toContain(`Sitemap: ${home}sitemap-index.xml`);
    expect(read('data/industries.csv')).toContain(`,${e1},`);
    expect(JSON.stringify(JSON.parse(read('data/plan.json')))).toContain(`"${e1}"`);
    // Every absolute URL of this site in these files carries the prefix.
    for (const file of ['feed.xml', 'sitemap-0.xml', 'robots.txt', 'data/plan.json']) {
      const urls = read(file).match(new RegExp(`${SITE}[^"<\\s,]*`, 'g')) ?? [];
      expect(urls.length, file).toBeGreaterThan(0);
      expect(
        urls.filter((u) => !u.startsWith(home)),
        file,
      ).toEqual([]);
    }
  });

  it('the 404 page links under the prefix, since a host serves it at any path', () => {
    const hrefs = parse(read('404.html'))
      .querySelectorAll('a[href], link[href]')
      .map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain(`${BASE}search/`);
    expect(hrefs.filter((h) => h.startsWith('/') && !h.startsWith(BASE))).toEqual([]);
  });
});

describe(`site served under ${BASE}`, () => {
  it('searches, opens a result under the prefix, and requests nothing outside it', async () => {
    const page = await site.browser.newPage();
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

  it('npm run check:deployed passes on this copy, and fails on a copy published at the wrong path', async () => {
    const right = await checkDeployed(`${server.url}${BASE}`);
    expect(right.out, right.out).toContain('✓ No problems found.');
    expect(right.code).toBe(0);
    // The same files at the root of a host: every address the sitemap names is missing there.
    const root = await serveDir(dir, { headersFile: join(dir, '_headers') });
    const wrong = await checkDeployed(`${root.url}/`);
    await root.close();
    expect(wrong.code, wrong.out).toBe(1);
    expect(wrong.out).toContain(`${root.url}${BASE}industries/: status 404`);
  });
});

/** Runs scripts/check-deployed.ts on `url` (without blocking this process, which serves it). */
function checkDeployed(url: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/check-deployed.ts'), url]);
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  return new Promise((done) => child.on('close', (code) => done({ code, out })));
}
