// The progress page, its charts and exports, read back from dist/ and compared
// with the content as the editors wrote it (not with the site's own helpers).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';
import flaggedHosts from '../../src/data/flagged-hosts.json' with { type: 'json' };
import { DIST, entriesOf, page, pages } from './dist.ts';

const progress = entriesOf('progress');
const values = progress.flatMap((e) =>
  (e.indicators ?? []).map((v: Record<string, any>) => ({ item: String(e.id), ...v })),
);
const byMeasure = new Map<string, typeof values>();
for (const v of values) byMeasure.set(v.measure, [...(byMeasure.get(v.measure) ?? []), v]);
const charted = [...byMeasure].filter(([, list]) => list.length > 1);
const index = page('/progress/');

describe('/progress/ charts', () => {
  it('charts every measure reported more than once, and only those', () => {
    const shown = index.doc
      .querySelectorAll('[data-indicator]')
      .map((s) => s.getAttribute('data-indicator'));
    expect(shown.sort()).toEqual(charted.map(([m]) => m).sort());
    expect(shown).toContain('高新技术产业产值占比');
  });

  for (const [measure, list] of charted) {
    it(`${measure}: bars and table hold exactly the content's values`, () => {
      const section = index.doc.querySelector(`[data-indicator="${measure}"]`)!;
      const bars = section
        .querySelectorAll('[data-bar-value]')
        .map((b) => Number(b.getAttribute('data-bar-value')));
      const rows = section
        .querySelectorAll('tr[data-value]')
        .map((r) => [Number(r.getAttribute('data-value')), r.getAttribute('data-source')]);
      const expected = list.map((v) => [v.value, v.source]);
      expect(bars.sort()).toEqual(list.map((v) => v.value).sort());
      expect(rows.sort()).toEqual(expected.sort());
      const max = Math.max(...list.map((v) => v.value));
      for (const bar of section.querySelectorAll('[data-bar-value]')) {
        const width = Number(bar.querySelector('rect')!.getAttribute('width'));
        expect(width).toBeCloseTo((Number(bar.getAttribute('data-bar-value')) / max) * 100, 1);
      }
      expect(section.querySelector('polyline, path, line')).toBeNull();
    });
  }

  it('shows both 十四五 values of the high-tech share with their sources, no stated period invented', () => {
    const section = index.doc.querySelector('[data-indicator="高新技术产业产值占比"]')!;
    const text = section.textContent;
    // R12's report states no time point for its 55%: the chart must not set it against
    // R13's period-end 55.2% as a conflict of the same period.
    expect(text).not.toContain('【冲突】');
    for (const [value, source] of [
      ['55', 'src-xhrb-20260123-npc'],
      ['55.2', 'src-ifeng-2026-review'],
    ]) {
      const row = section.querySelector(`tr[data-value="${value}"]`)!;
      expect(row.getAttribute('data-source')).toBe(source);
      expect(row.querySelector(`a[href="/sources/${source}/"]`)).not.toBeNull();
    }
    expect(text).toMatch(/不是一个连续序列/);
  });
});

describe('/progress/ timeline', () => {
  it('lists every item once, newest first, undated last', () => {
    const ids = index.doc.querySelectorAll('#timeline ~ ol > li').map((li) => li.id.toUpperCase());
    expect([...ids].sort()).toEqual(progress.map((e) => String(e.id)).sort());
    const dates = ids.map((id) => String(progress.find((e) => e.id === id)!.date ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('progress links and exports', () => {
  it('no page links to a flagged mirror host', () => {
    for (const p of pages.filter((x) => /^\/(progress|measures|sources)\//.test(x.url)))
      for (const a of p.doc.querySelectorAll('a[href^="http"]')) {
        const host = new URL(a.getAttribute('href')!).hostname;
        expect(
          flaggedHosts.some((h) => host === h || host.endsWith(`.${h}`)),
          `${p.url} → ${host}`,
        ).toBe(false);
      }
  });

  it('an entry a progress item links to lists it with the link basis', () => {
    for (const e of progress)
      for (const r of e.related ?? []) {
        const id = String(r.industry ?? r.target ?? r.statement);
        const kind = {
          E: 'industries',
          F: 'industries',
          T: 'industries',
          G: 'targets',
          Q: 'statements',
        }[id[0]];
        const list = page(`/${kind}/${id.toLowerCase()}/`).doc.querySelector(
          '[aria-labelledby="progress-heading"]',
        )!;
        expect(
          list.querySelector(`a[href="/progress/${String(e.id).toLowerCase()}/"]`),
        ).not.toBeNull();
        expect(list.textContent).toContain(r.basis === 'source' ? '来源写明' : '本站解读');
      }
  });

  it('progress.csv and indicators.csv round-trip the content', () => {
    const read = (f: string) => parseCsv(readFileSync(join(DIST, 'data', f), 'utf8'));
    const items = read('progress.csv');
    expect(items.map((r) => r.id).sort()).toEqual(progress.map((e) => String(e.id)).sort());
    for (const e of progress)
      expect(items.find((r) => r.id === e.id)!.flags).toBe((e.flags ?? []).join('|'));
    const rows = read('indicators.csv');
    expect(
      rows.map((r) => [r.item_id, r.measure, Number(r.value), r.period, r.source_id]).sort(),
    ).toEqual(values.map((v) => [v.item, v.measure, v.value, v.period, v.source]).sort());
  });
});

describe('/measures/', () => {
  it('states the 30 measures are not listed and links the 9 aspects', () => {
    const main = page('/measures/').doc.querySelector('main')!;
    expect(main.textContent).toContain('没有列出任何一项的标题或内容');
    expect(main.querySelectorAll('#aspects + p + ol a[href^="/aspects/"]')).toHaveLength(
      entriesOf('aspects').length,
    );
    expect(main.textContent).toContain('不是举措');
  });
});
