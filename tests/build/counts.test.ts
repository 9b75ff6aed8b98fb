// The counts the sources state (8 + 7 + 6 = 21, 3 pillars, 9 aspects, 4 projects)
// against the entries, and the counts the pages show against the entries.
import { describe, expect, it } from 'vitest';
import { entriesOf, page, visibleText } from './dist.ts';

const plan = entriesOf('plan')[0];
const tiers = entriesOf('tiers');
const industries = entriesOf('industries');
const count = (c: string) => entriesOf(c).length;

describe('stated counts match the data', () => {
  for (const t of tiers) {
    it(`tier ${t.id}: ${t.statedCount} directions stated`, () => {
      expect(industries.filter((i) => String(i.id).startsWith(t.id)).length).toBe(t.statedCount);
    });
  }
  it('21 directions, 3 pillars, 9 aspects, 4 projects', () => {
    expect(industries.length).toBe(plan.stated.directions.value);
    expect(count('pillars')).toBe(plan.stated.pillars.value);
    expect(count('aspects')).toBe(plan.stated.aspects.value);
    expect(count('programmes')).toBe(plan.stated.programmes.value);
    expect(count('measures')).toBeLessThanOrEqual(plan.stated.measures.value);
  });
  it('at least 15 glossary terms', () => expect(count('terms')).toBeGreaterThanOrEqual(15));
});

describe('pages show counts derived from the data', () => {
  const home = visibleText(page('/').doc.querySelector('main')!);
  const code = tiers
    .map((t) => industries.filter((i) => String(i.id).startsWith(t.id)).length)
    .join('');
  it('home page names the project by its derived code and totals', () => {
    expect(home).toContain(`“${code}”创新引领工程`);
    expect(home).toContain(`${industries.length} 个重点产业方向`);
    expect(home).toContain(`来源称共 ${plan.stated.measures.value} 项`);
    // Listed measures are counted; none listed is said in words, not as 0 项.
    const listed = count('measures');
    if (listed > 0) expect(home).toContain(`本站已列出 ${listed} 项`);
    else expect(home).not.toMatch(/(?<![\d.])0 项/);
  });
  it('every tile of the 876 overview links to its industry page', () => {
    const links = page('/')
      .doc.querySelectorAll('[data-diagram="876"] a.tile')
      .map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(
      industries.map((i) => `/industries/${String(i.id).toLowerCase()}/`).sort(),
    );
  });
  it('measures page says how many of the stated total are listed', () => {
    const text = visibleText(page('/measures/').doc.querySelector('main')!);
    expect(text).toContain(`${plan.stated.measures.value} 项举措`);
    // None listed: it says none was found rather than counting 0.
    if (count('measures') === 0) {
      expect(text).toContain('没有列出任何一项');
      expect(text).not.toMatch(/已列出 0/);
    } else expect(text).toContain(`已列出其中 ${count('measures')} 项`);
  });
});
