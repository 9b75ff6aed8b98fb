// Hostile strings in content never run as code. A temporary copy of the project
// gets `<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>` and
// `javascript:alert(1)` in titles, summaries, aliases, bodies, a quote, a
// speaker and a source's notes and url; it is built once (DIST_DIR inside the
// copy) and every affected page is opened in Chromium: no dialog may open and
// the page keeps its structure. Values the content check rightly refuses (a
// javascript: source url; raw HTML or javascript: links in an MDX body, if it
// refuses those) must fail the build with a message naming the file and field.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, useSite, waitForSearchResults } from '../e2e/harness.ts';
import { buildProject, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { serveDir } from '../../scripts/lib/static-site.ts';
import {
  HOSTILE,
  HOSTILE_PAGES,
  editMdx,
  writeHostileContent,
  writeJavascriptUrl,
} from './hostile-content.ts';

const HOSTILE_VALUES = Object.values(HOSTILE);

/** MDX bodies with raw HTML and a javascript: link: refused by the content check, or built and proven harmless. */
const BODY_CASES = [
  { file: 'content/terms/gl02.mdx', url: '/glossary/gl02/', text: `\n${HOSTILE.script}\n\n` },
  { file: 'content/terms/gl03.mdx', url: '/glossary/gl03/', text: `\n[点我](${HOSTILE.js})\n\n` },
];

let copy = '';
let build: ReturnType<typeof buildProject>;
let bodyCheck: { refused: boolean; out: string };
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  copy = copyProject(ROOT, { prefix: 'zj-escaping-' });
  // 1. Raw HTML / javascript: links in bodies: does the content check refuse them?
  const originals = BODY_CASES.map((c) => readFileSync(join(copy, c.file), 'utf8'));
  BODY_CASES.forEach((c) => editMdx(copy, c.file, {}, c.text));
  const check = spawnSync(process.execPath, [join(copy, 'scripts/validate-content.ts'), copy], {
    cwd: copy,
    encoding: 'utf8',
  });
  bodyCheck = { refused: check.status !== 0, out: `${check.stdout}${check.stderr}` };
  // Refused: put the files back so the one build below still tests everything else.
  if (bodyCheck.refused)
    BODY_CASES.forEach((c, i) => writeFileSync(join(copy, c.file), originals[i]));
  // 2. Hostile values the schemas accept, then one build.
  writeHostileContent(copy);
  build = buildProject(copy, 'dist');
  if (build.ok) server = await serveDir(join(copy, 'dist'));
}, 10 * 60_000);
// Connects to Chromium after the builds above, which block this file's thread while they run.
const site = useSite();

afterAll(async () => {
  await server?.close();
  if (copy) removeCopy(copy);
});

/** Opens a page, records any dialog, and reports what an injection would leave behind. */
async function open(url: string, action?: (page: Page) => Promise<void>) {
  const page = await site.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  const response = await page.goto(server.url + url);
  if (action) await action(page);
  // Pagefind may take longer than the network-idle wait below on a busy machine.
  if (url.startsWith('/search/?q=')) await waitForSearchResults(page);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
  await page.waitForTimeout(200); // an onerror handler fires after the failed image load
  const state = await page.evaluate(() => ({
    title: document.title,
    h1: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
    mains: document.querySelectorAll('main').length,
    header: !!document.querySelector('body > header, header.site-header'),
    footer: !!document.querySelector('footer'),
    injectedImgs: document.querySelectorAll('img[src="x"], [onerror]').length,
    injectedScripts: [...document.scripts].filter((s) => (s.textContent ?? '').includes('alert(1)'))
      .length,
    results: document.querySelectorAll('#search-results li, [data-search-results] li').length,
    jsLinks: [...document.querySelectorAll('a[href], area[href]')]
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((h) => /^\s*javascript:/i.test(h)),
    text: document.body.innerText,
  }));
  await page.close();
  return { status: response?.status(), dialogs, ...state };
}

describe('hostile strings in content', () => {
  it('build with hostile titles, summaries, aliases, bodies and source fields succeeds', () => {
    expect(build.ok, build.out.slice(-3000)).toBe(true);
  });

  for (const p of HOSTILE_PAGES) {
    it(`${p.url}: no dialog, structure intact, hostile title shown as text`, async () => {
      expect(build.ok).toBe(true);
      const r = await open(p.url);
      expect(r.status).toBe(200);
      expect(r.dialogs).toEqual([]);
      expect(r.injectedImgs, 'an <img src=x onerror> was created').toBe(0);
      expect(r.injectedScripts, 'a <script> with alert(1) is in the page').toBe(0);
      expect(r.jsLinks, 'links with a javascript: URL').toEqual([]);
      expect(r.mains).toBe(1);
      expect(r.header && r.footer).toBe(true);
      expect(r.h1).toHaveLength(1);
      expect(r.h1[0]).toContain(p.title);
      // Source pages shorten long titles in <title> (36 characters), so compare the start.
      expect(r.title).toContain(p.title.slice(0, 30));
    });
  }

  for (const url of [
    '/',
    '/industries/',
    '/glossary/',
    '/statements/',
    '/sources/',
    '/search/?q=alert',
    '/search/?q=onerror',
  ]) {
    it(`${url}: lists and search results that show hostile entries run no code`, async () => {
      expect(build.ok).toBe(true);
      const r = await open(encodeURI(url));
      expect(r.dialogs).toEqual([]);
      expect(r.injectedImgs).toBe(0);
      expect(r.injectedScripts).toBe(0);
      expect(r.jsLinks).toEqual([]);
      expect(r.mains).toBe(1);
      if (url.startsWith('/search/')) {
        // The hostile entries are among the results, and their titles show as plain text.
        expect(r.results, 'the search found nothing, so it proved nothing').toBeGreaterThan(0);
        expect(r.text).toMatch(/<script>alert\(1\)<\/script>|"><img src=x onerror=alert\(1\)>/);
      }
    });
  }

  it('data exports and the feed carry the strings escaped', () => {
    expect(build.ok).toBe(true);
    for (const f of ['data/plan.json', 'data/terms.csv', 'feed.xml']) {
      let text = '';
      try {
        text = readFileSync(join(copy, 'dist', f), 'utf8');
      } catch {
        continue;
      }
      if (f.endsWith('.xml'))
        expect(text, `${f} has a raw <script> element`).not.toContain(HOSTILE.script);
      if (f.endsWith('.json'))
        expect(() => JSON.parse(text), `${f} is not valid JSON`).not.toThrow();
    }
  });
});

describe('raw HTML and javascript: links in MDX bodies', () => {
  for (const c of BODY_CASES) {
    it(`${c.file}: ${JSON.stringify(c.text.trim())} is refused by the content check, or renders harmless`, async () => {
      if (bodyCheck.refused) {
        expect(bodyCheck.out, 'the content check failed without naming the file').toContain(c.file);
        return;
      }
      expect(build.ok).toBe(true);
      const r = await open(c.url);
      expect(r.dialogs).toEqual([]);
      expect(r.injectedScripts, 'raw <script> from the MDX body is in the page').toBe(0);
      expect(r.jsLinks, 'a javascript: link from the MDX body is in the page').toEqual([]);
    });
  }
});

describe('the search box', () => {
  for (const value of HOSTILE_VALUES) {
    it(`/search/?q=${value} runs no code and shows the query as text`, async () => {
      expect(build.ok).toBe(true);
      const r = await open(`/search/?q=${encodeURIComponent(value)}`);
      expect(r.dialogs).toEqual([]);
      expect(r.injectedImgs).toBe(0);
      expect(r.injectedScripts).toBe(0);
      expect(r.mains).toBe(1);
    });

    it(`typing ${value} into the search boxes runs no code`, async () => {
      expect(build.ok).toBe(true);
      const onPage = await open('/search/', async (page) => {
        await page.locator('#q').fill(value);
        await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#q').press('Enter')]);
      });
      expect(onPage.dialogs).toEqual([]);
      expect(onPage.injectedImgs + onPage.injectedScripts).toBe(0);
      const inHeader = await open('/', async (page) => {
        await page.locator('#site-search').fill(value);
        await Promise.all([
          page.waitForURL(/\/search\/\?q=/),
          page.locator('#site-search').press('Enter'),
        ]);
      });
      expect(inHeader.dialogs).toEqual([]);
      expect(inHeader.injectedImgs + inHeader.injectedScripts).toBe(0);
    });
  }
});

describe('values the content check must refuse', () => {
  it('a javascript: source url fails the build with a message naming the file and field', () => {
    writeJavascriptUrl(copy);
    const r = buildProject(copy, 'dist-js-url');
    expect(r.ok, 'the build accepted a javascript: url').toBe(false);
    expect(r.out).toContain('content/sources/src-explainer.yaml');
    expect(r.out).toMatch(/\burl\b/);
    expect(r.out).toContain(HOSTILE.js);
    expect(r.out, 'it should stop at the content check, before Astro').not.toContain(
      '✓ astro build',
    );
  });
});
