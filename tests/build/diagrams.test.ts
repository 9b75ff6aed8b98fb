// The diagrams (src/components/diagrams/), as rendered on the pages they are
// placed on: the home page holds the "876" and structure diagrams,
// every industry page its place diagram. They are HTML lists of links; what
// they show is checked against the content, read independently of the site code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, entriesOf, page, visibleText } from './dist.ts';

const plan = entriesOf('plan')[0];
const tiers = entriesOf('tiers');
const industries = entriesOf('industries');
const pillars = entriesOf('pillars');
const aspects = entriesOf('aspects');
const measures = entriesOf('measures');
const lower = (id: unknown) => String(id).toLowerCase();
const byNumber = (a: unknown, b: unknown) =>
  Number(String(a).slice(1)) - Number(String(b).slice(1));
const inTier = (t: string) => industries.filter((i) => String(i.id).startsWith(t));
const code = tiers.map((t) => inTier(t.id).length).join('');

/** The diagram with data-diagram=name on a page, failing clearly if it has not been placed. */
function diagram(url: string, name: string): HTMLElement {
  const el = page(url).doc.querySelector(`[data-diagram="${name}"]`);
  if (!el) throw new Error(`No [data-diagram="${name}"] on ${url}: place the diagram there`);
  return el;
}
const hrefs = (el: HTMLElement, sel = 'a') =>
  el.querySelectorAll(sel).map((a) => a.getAttribute('href') ?? '');
const link = (el: HTMLElement, href: string) => el.querySelector(`a[href="${href}"]`);

/** Whether a site link leads to a file in dist/ (and, with a #fragment, to an element with that id). */
function linkExists(href: string): boolean {
  const [path, hash] = href.split('#');
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  if (!existsSync(join(DIST, file))) return false;
  return !hash || page(path).doc.querySelector(`[id="${hash}"]`) !== null;
}

/** The checks every diagram must pass wherever it is placed. */
function checkCommon(url: string, el: HTMLElement) {
  expect(el.tagName.toLowerCase()).toBe('figure');
  expect(el.querySelector('figcaption')?.textContent.length).toBeGreaterThan(4);
  // Text already: no SVG to describe, and so no separate text version.
  expect(el.querySelector('svg, details')).toBeNull();
  for (const a of el.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(linkExists(href), `${url}: diagram link ${href} leads nowhere in dist/`).toBe(true);
    // The accessible name is the visible text (WCAG 2.5.3): no aria-label to differ from it.
    expect(a.getAttribute('aria-label') ?? a.getAttribute('aria-labelledby'), href).toBeUndefined();
    expect(a.textContent.trim().length, `${href} has no text`).toBeGreaterThan(1);
  }
  // No label printed twice in a row.
  const text = visibleText(el).replace(/\s+/g, ' ');
  expect(text).not.toMatch(/(\S{2,}) \1(?!\S)/);
}

describe('"876" diagram on the home page', () => {
  const el = diagram('/', '876');
  it('is text with links that exist, named by their text', () => checkCommon('/', el));
  it('links every industry from a tile named by its ID and title, under its tier', () => {
    for (const t of tiers) {
      const tier = el.querySelector(`[data-tier="${t.id}"]`)!;
      expect(hrefs(tier, 'a.tile')).toEqual(
        inTier(t.id)
          .map((i) => i.id)
          .sort(byNumber)
          .map((id) => `/industries/${lower(id)}/`),
      );
    }
    for (const i of industries)
      expect(visibleText(link(el, `/industries/${lower(i.id)}/`)!)).toBe(`${i.id} ${i.title}`);
  });
  it('shows each tier with its derived count, and the code is the counts written together', () => {
    for (const t of tiers) {
      const tier = el.querySelector(`[data-tier="${t.id}"]`)!;
      expect(tier.getAttribute('data-count')).toBe(String(inTier(t.id).length));
      expect(visibleText(link(tier, `/industries/#tier-${lower(t.id)}`)!)).toBe(
        `${t.title} ${inTier(t.id).length} ${t.unit}`,
      );
    }
    expect(el.querySelector('[data-code]')?.getAttribute('data-code')).toBe(code);
    expect(visibleText(el.querySelector('[data-code]')!).replace(/\s+/g, ' ')).toContain(
      `${code}创新引领工程 ${tiers.map((t) => inTier(t.id).length).join(' + ')} = ${industries.length} 个重点产业方向`,
    );
  });
});

describe('structure diagram on the home page', () => {
  const el = diagram('/', 'structure');
  it('is text with links that exist, named by their text', () => checkCommon('/', el));
  it('links every pillar and aspect, and no aspect to a pillar no source names', () => {
    for (const b of pillars) expect(link(el, `/pillars/${lower(b.id)}/`), b.id).not.toBeNull();
    for (const a of aspects)
      expect(link(el, `/aspects/${lower(a.id)}/`)?.getAttribute('data-pillar'), a.id).toBe(
        a.pillar,
      );
    if (aspects.every((a) => !a.pillar))
      expect(visibleText(el)).toContain(`来源没有说明这 ${aspects.length} 个方面分别属于哪个板块`);
  });
  it('shows the stated total of measures with its source, against those listed', () => {
    const stated = plan.stated.measures;
    const row = el.querySelector('[data-stated]')!;
    // No counter of nothing: with no measure listed, the row says none is known yet.
    if (measures.length === 0) {
      expect(visibleText(row)).toContain(`来源称共 ${stated.value} 项，但没有列出各项的名称`);
      expect(visibleText(row)).not.toMatch(/(?<![\d.])0 项/);
      expect(row.querySelector('meter')).toBeNull();
    } else {
      expect(visibleText(row)).toContain(
        `来源称共 ${stated.value} 项，本站已列出 ${measures.length} 项`,
      );
      const meter = row.querySelector('meter')!;
      expect([meter.getAttribute('max'), meter.getAttribute('value')]).toEqual([
        String(stated.value),
        String(measures.length),
      ]);
    }
    expect(visibleText(link(row, `/sources/${stated.quote.source}/`)!)).toBe(
      `“${stated.quote.text}”`,
    );
    expect(hrefs(el, 'a.measure').sort()).toEqual(
      measures.map((m) => `/measures/${lower(m.id)}/`).sort(),
    );
  });
});

describe('industry place diagram on every industry page', () => {
  for (const ind of industries) {
    const url = `/industries/${lower(ind.id)}/`;
    it(`${ind.id}: marks itself among all directions and labels the site's relations as ours`, () => {
      const el = diagram(url, 'industry-place');
      checkCommon(url, el);
      expect(hrefs(el, 'a.mini').sort()).toEqual(
        industries.map((i) => `/industries/${lower(i.id)}/`).sort(),
      );
      expect(
        el.querySelectorAll('[aria-current="page"]').map((a) => a.getAttribute('href')),
      ).toEqual([url]);
      // In its tier's row, at its position by number.
      const t = String(ind.id)[0];
      const row = el.querySelector(`[data-tier="${t}"]`)!;
      expect(row.getAttribute('data-count')).toBe(String(inTier(t).length));
      const pos = inTier(t)
        .map((i) => i.id)
        .sort(byNumber)
        .indexOf(ind.id);
      expect(row.querySelectorAll('a.mini')[pos].getAttribute('aria-current')).toBe('page');
      // The relations are the site's reading: tagged and headed so, programmes as reported plans.
      const ours = el.querySelector('[data-interpretation]')!;
      expect(visibleText(ours.querySelector('h2')!)).toMatch(/本站归类.*本站解读/);
      expect(hrefs(ours, 'a.aspect').sort()).toEqual(
        (ind.aspects ?? []).map((a: string) => `/aspects/${lower(a)}/`).sort(),
      );
      expect(hrefs(ours, 'a.programme.reported.dashed').sort()).toEqual(
        (ind.programmes ?? []).map((p: string) => `/programmes/${lower(p)}/`).sort(),
      );
      expect(visibleText(el)).not.toContain('工作要点');
    });
  }
});
