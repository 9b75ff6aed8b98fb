import { describe, expect, it } from 'vitest';
import { codeSum, layout876 } from './project876.ts';
import { groupIndustriesByTier } from '../group.ts';
import { overflowing } from './scene.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { join } from 'node:path';

const tiers = [
  { id: 'E', title: '新兴产业', unit: '条重点产业链' },
  { id: 'F', title: '未来产业', unit: '个未来产业' },
  { id: 'T', title: '传统产业', unit: '大传统产业' },
];
const ind = (ids: string[]) => ids.map((id) => ({ id, title: `方向${id}` }));
const base = ind(['E1', 'E2', 'E3', 'F1', 'F2', 'T1']);
const tiles = (s: ReturnType<typeof layout876>) => s.nodes.filter((n) => n.cls?.startsWith('tile'));
const heading = (s: ReturnType<typeof layout876>, t: string) =>
  s.nodes.find((n) => n.key === `tier-${t}`)!;

describe('groupIndustriesByTier with diagram inputs', () => {
  it('groups by ID prefix in plan order (E2 before E10) and counts', () => {
    const b = groupIndustriesByTier(tiers, ind(['E10', 'T1', 'E2', 'F1']));
    expect(b.map((x) => x.industries.map((i) => i.id))).toEqual([['E2', 'E10'], ['F1'], ['T1']]);
    expect(codeSum(b)).toBe('2 + 1 + 1 = 4');
  });
});

describe('layout876', () => {
  it('draws one linked tile per industry', () => {
    const s = layout876(tiers, base, { width: 340 });
    expect(tiles(s).map((n) => n.href)).toEqual([
      '/industries/e1/',
      '/industries/e2/',
      '/industries/e3/',
      '/industries/f1/',
      '/industries/f2/',
      '/industries/t1/',
    ]);
    expect(s.code).toBe('321');
    expect(heading(s, 'E').data?.count).toBe('3');
  });
  it('adding an industry adds a tile and changes the tier count, the code and the total', () => {
    const before = layout876(tiers, base, { width: 340 });
    const after = layout876(tiers, [...base, { id: 'F3', title: '新方向' }], { width: 340 });
    expect(tiles(after)).toHaveLength(tiles(before).length + 1);
    expect(tiles(after).find((n) => n.key === 'F3')?.href).toBe('/industries/f3/');
    expect(heading(after, 'F').data?.count).toBe('3');
    expect(heading(after, 'F').label).toBe('未来产业 · 3 个未来产业');
    expect(after.code).toBe('331');
    expect(after.total).toBe(7);
    expect(
      after.nodes
        .find((n) => n.key === 'code')!
        .lines.map((l) => l.spans.map((x) => x.text).join('')),
    ).toContain('3 + 3 + 1 = 7 个重点产业方向');
    const wrapped = layout876(tiers, [...base, ...ind(['F3', 'F4'])], { width: 340 });
    expect(wrapped.height).toBeGreaterThan(after.height); // a fourth F tile starts a new row at three columns
  });
  it('wraps rows at the given width', () => {
    const eight = ind(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8']);
    const narrow = layout876(tiers, eight, { width: 340, minTile: 96 });
    const wide = layout876(tiers, eight, { width: 800, minTile: 88 });
    expect(narrow.cols).toBe(3);
    expect(new Set(tiles(narrow).map((n) => (n.shapes[0] as { y: number }).y)).size).toBe(3);
    expect(wide.cols).toBe(8);
    expect(new Set(tiles(wide).map((n) => (n.shapes[0] as { y: number }).y)).size).toBe(1);
    const nine = layout876(tiers, [...eight, { id: 'E9', title: '第九' }], {
      width: 800,
      minTile: 88,
    });
    expect(new Set(tiles(nine).map((n) => (n.shapes[0] as { y: number }).y)).size).toBe(2);
  });
  it('highlights the current industry only', () => {
    const s = layout876(tiers, base, { width: 340, current: 'E2' });
    expect(
      tiles(s)
        .filter((n) => n.current)
        .map((n) => n.key),
    ).toEqual(['E2']);
  });
  it('fits the real content at phone and wide widths: tap-sized tiles, no text outside its box', () => {
    const c = readContent(join(import.meta.dirname, '../../..'));
    const data = (col: string) =>
      c.entries.filter((e) => e.collection === col).map((e) => e.data as Record<string, any>);
    const realTiers = data('tiers').map((t) => ({ id: t.id, title: t.title, unit: t.unit }));
    const realInds = data('industries').map((i) => ({ id: i.id, title: i.title }));
    for (const [width, minTile] of [
      [340, 96],
      [800, 88],
    ]) {
      const s = layout876(realTiers, realInds, { width, minTile });
      expect(overflowing(s)).toEqual([]);
      expect(tiles(s)).toHaveLength(realInds.length);
      for (const t of tiles(s)) expect((t.shapes[0] as { h: number }).h).toBeGreaterThanOrEqual(44);
    }
  });
});
