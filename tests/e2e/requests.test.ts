// Every page type, loaded in Chromium, requests nothing from any host but the
// local server (no CDN, font service, analytics or remote image); and every
// page type still works under its Content-Security-Policy (the <meta> Astro
// writes into every page, plus the headers of public/_headers).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { HEADERS_FILE, ONE_PER_TYPE, PAGES, useSite, waitForSearchResults } from './harness.ts';
import { hostHeaders } from '../../scripts/lib/static-site.ts';

const site = useSite();
/** A CSP source expression for inline code: `sha256-<base64>`. */
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
function isLocal(url: string): boolean {
  const u = new URL(url);
  if (['data:', 'blob:', 'about:', 'chrome-error:'].includes(u.protocol)) return true;
  return LOOPBACK.has(u.hostname);
}

/** What a reader might do on the page that loads more code: switch theme, copy a citation. */
async function interact(page: Page) {
  const toggle = page.locator('[data-theme-toggle]').first();
  if (await toggle.count()) await toggle.click();
  const copy = page.locator('[data-copy-target]:visible').first();
  if (await copy.count()) await copy.click();
}

async function settle(page: Page, path: string) {
  if (path.startsWith('/search/?q=')) await waitForSearchResults(page);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
}

describe('Content-Security-Policy and other hosts', () => {
  const headersFor = hostHeaders(HEADERS_FILE);
  const directive = (csp: string, name: string) =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === name)
      ?.slice(1) ?? [];
  /** The policy of a page's <meta http-equiv="content-security-policy">, or '' without one. */
  const metaPolicy = (html: string) =>
    parse(html)
      .querySelector('meta[http-equiv="content-security-policy" i]')
      ?.getAttribute('content') ?? '';

  it('every page carries one CSP <meta> in <head>, before any script or stylesheet', () => {
    const wrong: string[] = [];
    for (const p of PAGES) {
      const head = p.html.slice(0, p.html.indexOf('</head>'));
      const metas = [...p.html.matchAll(/<meta[^>]+http-equiv=["']?content-security-policy/gi)];
      const meta = head.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
      const firstResource = head.search(
        /<script\b|<style\b|<link\b[^>]*rel=["']?(stylesheet|modulepreload)/i,
      );
      if (metas.length !== 1) wrong.push(`${p.url}: ${metas.length} CSP <meta> elements`);
      else if (meta < 0) wrong.push(`${p.url}: CSP <meta> outside <head>`);
      else if (firstResource >= 0 && firstResource < meta)
        wrong.push(`${p.url}: a script or stylesheet comes before the CSP <meta>`);
    }
    expect(wrong).toEqual([]);
  });

  it('the policy is strict: no unsafe-inline or unsafe-eval for scripts, only this origin', () => {
    const wrong = new Set<string>();
    for (const p of PAGES) {
      const csp = metaPolicy(p.html);
      const scripts = directive(csp, 'script-src');
      const check = (ok: boolean, what: string) => {
        if (!ok) wrong.add(`${p.url}: ${what}`);
      };
      check(scripts.includes("'self'"), "script-src lacks 'self'");
      check(
        !scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"),
        `script-src allows unsafe code: ${scripts.join(' ')}`,
      );
      check(
        scripts.every((v) =>
          /^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(v),
        ),
        `script-src names something besides 'self', 'wasm-unsafe-eval' and hashes: ${scripts.join(' ')}`,
      );
      check(
        !directive(csp, 'style-src').includes("'unsafe-inline'"),
        'style-src allows unsafe-inline',
      );
      check(directive(csp, 'default-src').join(' ') === "'self'", "default-src is not 'self'");
      check(directive(csp, 'object-src').join(' ') === "'none'", "object-src is not 'none'");
      check(directive(csp, 'base-uri').join(' ') === "'none'", "base-uri is not 'none'");
    }
    expect([...wrong].slice(0, 20)).toEqual([]);
  });

  it("every inline script and style attribute in dist is allowed by its page's policy", () => {
    const missing = new Map<string, string[]>();
    const note = (key: string, url: string) => missing.set(key, [...(missing.get(key) ?? []), url]);
    for (const p of PAGES) {
      const csp = metaPolicy(p.html);
      const scriptSrc = directive(csp, 'script-src-elem').length
        ? directive(csp, 'script-src-elem')
        : directive(csp, 'script-src');
      const attrSrc = directive(csp, 'style-src-attr').length
        ? directive(csp, 'style-src-attr')
        : directive(csp, 'style-src');
      for (const m of p.html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type=["']?application\/(ld\+)?json/.test(m[1])) continue;
        const h = sha256(m[2]);
        if (!scriptSrc.includes(`'${h}'`))
          note(`script-src '${h}' (inline script starting "${m[2].slice(0, 50)}")`, p.url);
      }
      for (const m of p.html.matchAll(/\sstyle="([^"]*)"/g)) {
        const value = m[1]
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        const h = sha256(value);
        if (!attrSrc.includes(`'${h}'`)) note(`style-src-attr '${h}' (style="${value}")`, p.url);
      }
    }
    const lines = [...missing].map(
      ([key, urls]) => `${key} on ${urls.length} page(s), e.g. ${urls.slice(0, 3).join(' ')}`,
    );
    expect(
      lines,
      `inline code the policy does not allow (move it into a file or a class):\n${lines.join('\n')}`,
    ).toEqual([]);
  });

  it('public/_headers adds what a <meta> cannot (frame-ancestors) and no script or style rules to fall out of step', () => {
    const csp = headersFor('/')['content-security-policy'] ?? '';
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    for (const name of ['script-src', 'script-src-elem', 'style-src', 'default-src'])
      expect(directive(csp, name), name).toEqual([]);
  });

  /**
   * A tab in a fresh context that records every CSP violation (the browser's own
   * report) and every request to another host, which it blocks so that a slip never
   * reaches the network. Routing turns the HTTP cache off, so each page loads in full.
   */
  async function open() {
    const context = await site.browser.newContext();
    const foreign: string[] = [];
    context.on('request', (req) => {
      if (!isLocal(req.url())) foreign.push(`${req.resourceType()} ${req.url()}`);
    });
    await context.route('**/*', (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    page.on('websocket', (ws) => foreign.push(`websocket ${ws.url()}`));
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        violations.push(m.text());
    });
    await page.addInitScript(() => {
      try {
        localStorage.setItem('theme', 'dark');
      } catch {
        /* ignore */
      }
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI} ${e.sample}`,
        ),
      );
    });
    return { context, page, violations, foreign };
  }

  describe('one page of each type, one after another in one tab', () => {
    // One tab for all: a new context per page would start a cold renderer each time.
    let tab: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      tab = await open();
    });
    afterAll(() => tab.context.close());

    for (const { path, type } of ONE_PER_TYPE)
      it(`${type}: ${path} works with no CSP violation and requests only the local server`, async () => {
        const { page, violations, foreign } = tab;
        violations.length = foreign.length = 0;
        const response = await page.goto(site.url + encodeURI(path));
        expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
        if (path.startsWith('/search/?q=')) await waitForSearchResults(page);
        // The inline bootstrap ran (it applies the stored choice before first paint).
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        if (path.startsWith('/search/?q=')) {
          // Pagefind (WebAssembly + fetches) ran under the policy and showed results.
          expect(
            await page.locator('#search-results li').count(),
            (await page.locator('#search-status').textContent()) ?? '',
          ).toBeGreaterThan(0);
        }
        // The theme island loads on click under the policy and switches the theme.
        await page.locator('[data-theme-toggle]').first().click();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, {
          timeout: 5_000,
        });
        await interact(page);
        // Late requests of the load and of the clicks, before the next page is opened.
        await settle(page, path);
        expect(violations).toEqual([]);
        expect(foreign, `${path} requested other hosts`).toEqual([]);
      });
  });

  it('blocks script that an attacker manages to put into a page', async () => {
    const { context, page, violations } = await open();
    await page.goto(site.url + '/industries/');
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      const div = document.createElement('div');
      div.innerHTML =
        '<img src="/favicon.svg" onload="window.__handler = 1"><a id="js" href="javascript:window.__url = 1">x</a>';
      document.body.append(div);
      (div.querySelector('#js') as HTMLAnchorElement).click();
      await new Promise((r) => setTimeout(r, 300));
      return { inline: w.__inline, handler: w.__handler, url: w.__url };
    });
    await context.close();
    expect(ran).toEqual({ inline: undefined, handler: undefined, url: undefined });
    expect(violations.length, 'the browser reported the blocked scripts').toBeGreaterThanOrEqual(3);
  });
});
