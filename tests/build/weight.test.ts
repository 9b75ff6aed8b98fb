// Page weight guard: every page's first visit (HTML + the CSS and JS it loads
// at page load, module static imports included, dynamic imports not) stays
// within budgets.json, loads nothing from another host, and runs no JS at page
// load beyond what budgets.json allows. `npm run bench` prints the same figures.
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from './dist.ts';
import { checkBudget, firstVisit, listPages, readBudgets } from '../../scripts/lib/bench-weight.mjs';

const budgets = readBudgets(ROOT);
const pages = (listPages(DIST) as Array<{ file: string; url: string; type: string }>).filter((p) => p.type !== 'redirect');

describe('budgets.json', () => {
  it('is well formed', () => {
    expect(budgets.contentPages.firstVisitGzipMax).toBeGreaterThan(0);
    for (const d of budgets.declaredInlineScripts ?? []) expect(d.sha256).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    for (const a of budgets.allowedExternalJs ?? []) expect(() => new RegExp(a.file)).not.toThrow();
  });
});

const byType = new Map<string, typeof pages>();
for (const p of pages) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);

for (const [type, list] of byType) {
  describe(`first-visit weight: ${type} pages`, () => {
    for (const p of list) {
      it(`${p.url} is within budgets.json`, async () => {
        const fv = await firstVisit(DIST, p.file);
        expect(checkBudget(budgets, fv), `${p.url}: first visit ${fv.total.gzip} B gzip`).toEqual([]);
      });
    }
  });
}
