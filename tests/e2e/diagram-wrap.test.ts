// The diagrams' labels wrap between words, never inside one (高技术船/舶), at a
// phone width and a desktop width; and each diagram link's accessible name is
// its visible text (WCAG 2.5.3).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { useSite, useTab } from './harness.ts';

const site = useSite();
const PAGES = ['/', '/industries/e3/', '/industries/f2/'];
const LABELS = '[data-diagram] :is(a, h2, h3, .dg-note)';

/**
 * Runs in the page: each line break inside the elements matched, written as
 * `before/after`, unless it falls at an allowed point — at a space, after
 * full-width closing punctuation, before an opening bracket or quote, or
 * between two words of Intl.Segmenter('zh') — and never after an opening
 * bracket or before closing punctuation. A line starts where a character's
 * box sits lower than the one before it. Notes and tags nested in an element
 * are their own labels, so their text is left out of it.
 */
function wordBreaks(selector: string): string[] {
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  const bad: string[] = [];
  for (const el of document.querySelectorAll(selector)) {
    const chars: Array<{ node: Text; i: number }> = [];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      const own = n.parentElement!.closest('.dg-note, .label');
      if (own && own !== el && el.contains(own)) continue;
      for (let i = 0; i < n.data.length; i++) chars.push({ node: n, i });
    }
    const text = chars.map((c) => c.node.data[c.i]).join('');
    const bounds = new Set([...words.segment(text)].map((s) => s.index));
    const range = document.createRange();
    let lastTop: number | undefined;
    chars.forEach((c, k) => {
      range.setStart(c.node, c.i);
      range.setEnd(c.node, c.i + 1);
      const box = range.getClientRects()[0];
      if (!box || /\s/.test(text[k])) return;
      const allowed =
        !/[（「『“‘《]/.test(text[k - 1]) &&
        !/[）」』”’》，。、；：！？]/.test(text[k]) &&
        (bounds.has(k) ||
          /[\s，。、；：！？）」』”’》]/.test(text[k - 1]) ||
          /[（「『“‘《]/.test(text[k]));
      if (lastTop !== undefined && box.top > lastTop + box.height / 2 && !allowed)
        bad.push(`${text.slice(0, k)}/${text.slice(k)}`);
      lastTop = box.top;
    });
  }
  return bad;
}

/** One tab per width (see useTab). */
const tabs = Object.fromEntries(
  [360, 1280].map((width) => [
    width,
    useTab(site, (b) => b.newContext({ viewport: { width, height: 900 } })),
  ]),
);
async function open(width: number, path: string): Promise<Page> {
  const { page } = tabs[width];
  await page.goto(site.url + path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

// One test at a time: the tests of a width share its tab.
describe('diagram labels wrap between words', () => {
  for (const width of [360, 1280])
    for (const path of PAGES)
      it(`${path} at ${width} px`, async () => {
        const page = await open(width, path);
        expect(await page.locator(LABELS).count()).toBeGreaterThan(5);
        expect(await page.evaluate(wordBreaks, LABELS)).toEqual([]);
      });

  it('the check catches a label broken inside a word (word-break: normal, narrow box)', async () => {
    const page = await open(360, '/');
    const broken = await page.evaluate((check) => {
      const p = document.createElement('p');
      p.className = 'canary';
      p.textContent = '高技术船舶和海工装备新能源（智能网联）汽车';
      Object.assign(p.style, { width: '3.5em', wordBreak: 'normal', lineBreak: 'strict' });
      document.querySelector('[data-diagram]')!.append(p);
      return new Function(`return (${check})`)()('.canary') as string[];
    }, wordBreaks.toString());
    expect(broken.length).toBeGreaterThan(0);
  });
});

describe('diagram links are named by their visible text', () => {
  for (const path of PAGES)
    it(path, async () => {
      const page = await open(360, path);
      const links = await page.locator('[data-diagram] a').evaluateAll((as) =>
        as.map((a) => ({
          text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          label: a.getAttribute('aria-label') ?? a.getAttribute('aria-labelledby'),
        })),
      );
      expect(links.length).toBeGreaterThan(5);
      for (const l of links) expect(l, l.text).toMatchObject({ label: null });
      expect(links.filter((l) => l.text.length < 2)).toEqual([]);
      const violations = await axeViolations(page, {
        include: '[data-diagram]',
        rules: ['label-content-name-mismatch', 'link-name', 'target-size'],
      });
      expect(violations).toEqual([]);
    });
});
