// The build-time SVG diagrams (src/components/diagrams/), as rendered on the
// pages they are placed on: the home page holds the "876", structure and
// timeline diagrams, every industry page its place diagram. Everything they
// show is checked against the content, read independently of the site code.
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
const programmes = entriesOf('programmes');
const targets = entriesOf('targets');
const lower = (id: unknown) => String(id).toLowerCase();
const inTier = (t: string) => industries.filter((i) => String(i.id).startsWith(t));
const code = tiers.map((t) => inTier(t.id).length).join('');

/** The diagram with data-diagram=name on a page, failing clearly if it has not been placed. */
function diagram(url: string, name: string): HTMLElement {
  const el = page(url).doc.querySelector(`[data-diagram="${name}"]`);
  if (!el)
    throw new Error(
      `No [data-diagram="${name}"] on ${url}: place the diagram component on that page`,
    );
  return el;
}
/** Each drawn variant (narrow for phones, wide when there is room). */
const svgs = (el: HTMLElement) => el.querySelectorAll('svg');
/** The text drawn in an SVG (or part of one): its <text> elements, not <title>/<desc>. */
const drawnText = (el: HTMLElement) =>
  el
    .querySelectorAll('text')
    .map((t) => t.textContent)
    .join('');
const hrefs = (el: HTMLElement, sel = 'a') =>
  el.querySelectorAll(sel).map((a) => a.getAttribute('href') ?? '');

/** Whether a site link leads to a file in dist/ (and, with a #fragment, to an element with that id). */
function linkExists(href: string): boolean {
  const [path, hash] = href.split('#');
  const file = path.endsWith('/') ? join(path, 'index.html') : path;
  if (!existsSync(join(DIST, file))) return false;
  if (!hash) return true;
  return page(path).doc.querySelector(`[id="${hash}"]`) !== null;
}

/** The checks every diagram must pass wherever it is placed. */
function checkCommon(url: string, el: HTMLElement) {
  expect(svgs(el).length, `${url}: at least one SVG`).toBeGreaterThan(0);
  for (const svg of svgs(el)) {
    // Named and described by <title>/<desc>; not role="img", whose children would be hidden from screen readers.
    expect(svg.getAttribute('role')).toBe('group');
    const title = svg.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent.trim().length).toBeGreaterThan(4);
    expect(
      svg.querySelector(`[id="${svg.getAttribute('aria-describedby')}"]`)?.tagName.toLowerCase(),
    ).toBe('desc');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.getAttribute('width')).toBe('100%');
    // Colours come from CSS variables, never from attributes.
    expect(svg.toString()).not.toMatch(/\b(fill|stroke|color)="(?!none)[^"]+"/);
    for (const a of svg.querySelectorAll('a')) {
      expect(a.getAttribute('href'), `${url}: link without href`).toBeTruthy();
      expect(
        a.getAttribute('aria-label')?.length,
        `${url}: ${a.getAttribute('href')} has no name`,
      ).toBeGreaterThan(1);
      expect(a.getAttribute('tabindex')).not.toBe('-1');
    }
  }
  // The same information as text, with links.
  expect(el.querySelector('details summary')?.textContent).toContain('文字版');
  for (const href of hrefs(el))
    expect(linkExists(href), `${url}: diagram link ${href} leads nowhere in dist/`).toBe(true);
}

describe('"876" diagram on the home page', () => {
  const el = diagram('/', '876');
  it('is accessible, and every link target exists', () => checkCommon('/', el));
  it('every industry in the content has a linked tile in every variant', () => {
    for (const svg of svgs(el)) {
      const tiles = hrefs(svg, 'a.tile');
      expect(tiles.sort()).toEqual(industries.map((i) => `/industries/${lower(i.id)}/`).sort());
      for (const i of industries)
        expect(
          svg.querySelector(`a[href="/industries/${lower(i.id)}/"]`)?.getAttribute('aria-label'),
        ).toBe(`${i.id} ${i.title}`);
    }
  });
  it('tier headings show the derived counts, and the code is the counts written together', () => {
    for (const svg of svgs(el)) {
      for (const t of tiers) {
        const h = svg.querySelector(`a.tier-heading[data-tier="${t.id}"]`);
        expect(h?.getAttribute('data-count')).toBe(String(inTier(t.id).length));
        expect(drawnText(h!)).toContain(`${inTier(t.id).length} ${t.unit}`);
      }
      expect(svg.querySelector('[data-code]')?.getAttribute('data-code')).toBe(code);
      expect(svg.querySelector('title')?.textContent).toContain(`“${code}”`);
      expect(drawnText(svg)).toContain(`${industries.length} 个重点产业方向`);
    }
  });
  it('the text version lists every industry with its link', () => {
    const text = el.querySelector('details')!;
    expect(
      hrefs(text)
        .filter((h) => h.startsWith('/industries/') && h !== '/industries/' && !h.includes('#'))
        .sort(),
    ).toEqual(industries.map((i) => `/industries/${lower(i.id)}/`).sort());
  });
});

describe('structure diagram on the home page', () => {
  const el = diagram('/', 'structure');
  it('is accessible, and every link target exists', () => checkCommon('/', el));
  it('links every pillar and aspect', () => {
    for (const svg of svgs(el)) {
      for (const b of pillars)
        expect(svg.querySelector(`a[href="/pillars/${lower(b.id)}/"]`), b.id).not.toBeNull();
      for (const a of aspects)
        expect(svg.querySelector(`a[href="/aspects/${lower(a.id)}/"]`), a.id).not.toBeNull();
    }
  });
  it('shows the stated total of measures with its source and how many are listed', () => {
    const stated = plan.stated.measures;
    for (const svg of svgs(el)) {
      expect(drawnText(svg)).toContain(
        `来源称共 ${stated.value} 项，本站已列出 ${measures.length} 项`,
      );
      expect(svg.querySelector(`a[href="/sources/${stated.quote.source}/"]`)).not.toBeNull();
      expect(drawnText(svg)).toContain(stated.quote.text);
      expect(
        svg.querySelectorAll('[data-slot]').length + svg.querySelectorAll('a.measure').length,
      ).toBeGreaterThanOrEqual(stated.value);
      expect(hrefs(svg, 'a.measure').sort()).toEqual(
        measures.map((m) => `/measures/${lower(m.id)}/`).sort(),
      );
    }
  });
  it('draws a pillar–aspect connector only where an aspect names its pillar, and says so', () => {
    const mapped = aspects.filter((a) => a.pillar);
    for (const svg of svgs(el)) {
      const edges = svg.querySelectorAll('.link-pa');
      expect(
        edges.map((e) => `${e.getAttribute('data-from')}-${e.getAttribute('data-to')}`).sort(),
      ).toEqual(mapped.map((a) => `${a.pillar}-${a.id}`).sort());
      if (mapped.length === 0) expect(drawnText(svg)).toContain('不画板块与方面之间的连线');
    }
    if (mapped.length === 0)
      expect(visibleText(el.querySelector('details')!)).toContain('来源没有说明');
  });
});

describe('timeline on the home page', () => {
  const el = diagram('/', 'timeline');
  const shownTargets = targets.filter((t) => t.year !== undefined && t.certainty !== 'related');
  const issueYear =
    plan.issuedStatus !== 'unknown' && plan.issued ? [Number(String(plan.issued).slice(0, 4))] : [];
  const years = [
    ...new Set([
      ...issueYear,
      ...programmes.map((p) => p.year),
      ...shownTargets.map((t) => t.year),
    ]),
  ].sort((a, b) => a - b);
  it('is accessible, and every link target exists', () => checkCommon('/', el));
  it('has a block for each year in the data, in order', () => {
    for (const svg of svgs(el))
      expect(
        svg
          .querySelectorAll('[data-year]')
          .filter((n) => n.classList.contains('year'))
          .map((n) => Number(n.getAttribute('data-year'))),
      ).toEqual(years);
  });
  it('links every programme and every dated target under its year', () => {
    for (const svg of svgs(el)) {
      for (const p of programmes)
        expect(
          svg.querySelector(`a[href="/programmes/${lower(p.id)}/"]`)?.getAttribute('data-year'),
        ).toBe(String(p.year));
      for (const t of shownTargets)
        expect(
          svg.querySelector(`a[href="/targets/${lower(t.id)}/"]`)?.getAttribute('data-year'),
        ).toBe(String(t.year));
    }
  });
  it('marks what is less sure than the plan itself with a dashed or dotted outline, and explains it', () => {
    for (const svg of svgs(el)) {
      for (const t of shownTargets) {
        const cls = svg.querySelector(`a[href="/targets/${lower(t.id)}/"]`)!.getAttribute('class')!;
        expect(cls).toContain(t.certainty === 'plan' ? 'solid' : 'dashed');
      }
      const issue = svg.querySelector('[data-key="issue"]');
      if (issueYear.length)
        expect(issue?.getAttribute('class')).toContain(
          plan.issuedStatus === 'stated' ? 'solid' : 'dashed',
        );
      if (plan.issuedStatus === 'inferred') expect(drawnText(issue!)).toContain('推断');
      if (shownTargets.some((t) => t.certainty !== 'plan') || plan.issuedStatus !== 'stated')
        expect(svg.querySelector('[data-style="dashed"]')).not.toBeNull();
    }
  });
});

describe('industry place diagram on every industry page', () => {
  for (const ind of industries) {
    const url = `/industries/${lower(ind.id)}/`;
    it(`${ind.id}: highlights itself among all directions and links its related aspects and programme items`, () => {
      const el = diagram(url, 'industry-place');
      checkCommon(url, el);
      for (const svg of svgs(el)) {
        expect(hrefs(svg, 'a.mini').sort()).toEqual(
          industries.map((i) => `/industries/${lower(i.id)}/`).sort(),
        );
        expect(
          svg.querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href')),
        ).toEqual([url]);
        const t = String(ind.id)[0];
        const tier = tiers.find((x) => x.id === t)!;
        const pos =
          inTier(t)
            .map((i) => i.id)
            .sort((a, b) => Number(String(a).slice(1)) - Number(String(b).slice(1)))
            .indexOf(ind.id) + 1;
        expect(drawnText(svg)).toContain(`${tier.title}第 ${pos} 个（共 ${inTier(t).length} 个）`);
        expect(hrefs(svg, 'a.aspect').sort()).toEqual(
          (ind.aspects ?? []).map((a: string) => `/aspects/${lower(a)}/`).sort(),
        );
        expect(hrefs(svg, 'a.programme').sort()).toEqual(
          (ind.programmes ?? []).map((p: string) => `/programmes/${lower(p)}/`).sort(),
        );
        expect(drawnText(svg)).toContain('本站解读');
      }
    });
  }
});
