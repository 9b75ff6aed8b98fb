import { describe, expect, it } from 'vitest';
import { layoutIndustryPlace, placeOf, programmeGroupLabel } from './industry-place.ts';
import { overflowing, sceneText } from './scene.ts';

const tiers = [
  { id: 'E', title: '新兴产业', short: '新兴', unit: '条重点产业链' },
  { id: 'F', title: '未来产业', short: '未来', unit: '个未来产业' },
  { id: 'T', title: '传统产业', short: '传统', unit: '大传统产业' },
];
const industries = ['E1', 'E2', 'E3', 'F1', 'T1', 'T2'].map((id) => ({ id, title: `方向${id}` }));
const input = {
  tiers,
  industries,
  current: 'E2',
  aspects: [{ id: 'A1', title: '推进关键核心技术攻坚' }],
  programmes: [{ id: 'P1', title: '关键技术攻关工程', year: 2024 }],
};
const minis = (s: ReturnType<typeof layoutIndustryPlace>) =>
  s.nodes.filter((n) => n.cls?.includes('mini') && n.href);

describe('placeOf', () => {
  it('finds the tier, position and derived counts', () => {
    expect(placeOf(tiers, industries, 'E2')).toMatchObject({
      position: 2,
      count: 3,
      total: 6,
      code: '312',
    });
    expect(() => placeOf(tiers, industries, 'E9')).toThrow();
  });
});

describe('layoutIndustryPlace', () => {
  it('shows every industry as a small linked tile and highlights only this one', () => {
    const s = layoutIndustryPlace(input, { width: 340 });
    expect(minis(s).map((n) => n.href)).toEqual(
      industries.map((i) => `/industries/${i.id.toLowerCase()}/`),
    );
    expect(
      minis(s)
        .filter((n) => n.current)
        .map((n) => n.key),
    ).toEqual(['E2']);
    expect(sceneText(s)).toContain('新兴产业第 2 个（共 3 个）');
  });
  it('adding an industry adds a tile and changes the counts', () => {
    const s = layoutIndustryPlace(
      { ...input, industries: [...industries, { id: 'E4', title: '新方向' }] },
      { width: 340 },
    );
    expect(minis(s)).toHaveLength(industries.length + 1);
    expect(sceneText(s)).toContain('新兴产业第 2 个（共 4 个）');
    expect(s.nodes.find((n) => n.key === 'mini-tier-E')?.data?.count).toBe('4');
  });
  it('links the related aspects and programme items, labelled as our reading', () => {
    const s = layoutIndustryPlace(input, { width: 340 });
    expect(s.nodes.filter((n) => n.cls?.startsWith('related')).map((n) => n.href)).toEqual([
      '/aspects/a1/',
      '/programmes/p1/',
    ]);
    expect(sceneText(s)).toContain('相关方面（本站解读）');
    expect(sceneText(s)).toContain('2024 年工作要点（本站解读）');
  });
  it('says 本站未标注 when nothing is related', () => {
    const s = layoutIndustryPlace({ ...input, aspects: [], programmes: [] }, { width: 340 });
    expect(s.nodes.filter((n) => n.key.startsWith('none-'))).toHaveLength(2);
    expect(programmeGroupLabel([])).toBe('年度工作要点');
  });
  it('wraps a long tier of tiles onto a second row and keeps everything inside', () => {
    const many = [
      ...industries,
      ...Array.from({ length: 9 }, (_, i) => ({ id: `E${i + 4}`, title: `方向${i}` })),
    ];
    const s = layoutIndustryPlace({ ...input, industries: many }, { width: 340 });
    const eRows = new Set(
      minis(s)
        .filter((n) => n.data?.tier === 'E')
        .map((n) => (n.shapes[0] as { y: number }).y),
    );
    expect(eRows.size).toBe(2);
    expect(overflowing(s)).toEqual([]);
  });
});
