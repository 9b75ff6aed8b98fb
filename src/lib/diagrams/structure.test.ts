import { describe, expect, it } from 'vitest';
import {
  layoutStructure,
  measureSlots,
  pillarLinkNote,
  pillarLinks,
  type StructureInput,
} from './structure.ts';
import { overflowing, sceneText } from './scene.ts';

const base: StructureInput = {
  pillars: [
    { id: 'B1', title: '以新质生产力培育引领产业强市' },
    { id: 'B2', title: '以全链式创新布局赋能产业强市' },
    { id: 'B3', title: '以高品质创新生态助推产业强市' },
  ],
  aspects: Array.from({ length: 9 }, (_, i) => ({
    id: `A${i + 1}`,
    title: '推进关键核心技术攻坚',
  })),
  measures: [],
  statedMeasures: 30,
  statedSource: { id: 'src-explainer', quote: '9个方面共30项举措', locator: '第 7 段' },
};
const edges = (s: ReturnType<typeof layoutStructure>, cls: string) =>
  s.nodes.filter((n) => n.cls === cls);

describe('pillar → aspect', () => {
  it('draws no connector when no aspect names its pillar, and says so', () => {
    const s = layoutStructure(base, { width: 340 });
    expect(pillarLinks(base)).toEqual([]);
    expect(edges(s, 'link-pa')).toHaveLength(0);
    expect(pillarLinkNote(base)).toContain('来源没有说明这 9 个方面分别属于哪个板块');
    expect(sceneText(s).join('')).toContain('不画板块与方面之间的连线');
  });
  it('draws a connector only for an aspect whose data names a pillar', () => {
    const input = {
      ...base,
      aspects: base.aspects.map((a) => (a.id === 'A4' ? { ...a, pillar: 'B2' } : a)),
    };
    const s = layoutStructure(input, { width: 340 });
    expect(edges(s, 'link-pa').map((n) => n.data)).toEqual([{ from: 'B2', to: 'A4' }]);
    expect(pillarLinkNote(input)).toBe(
      '1 个方面有来源写明所属板块，图中已连线；其余 8 个没有来源说明，不画连线。',
    );
  });
  it('ignores a pillar that is not among the pillars', () => {
    expect(pillarLinks({ ...base, aspects: [{ id: 'A1', title: 'x', pillar: 'B9' }] })).toEqual([]);
  });
});

describe('measures', () => {
  it('shows the stated total as slots and the listed count, with the source', () => {
    const s = layoutStructure(base, { width: 340 });
    expect(s.slots).toBe(30);
    expect(s.listed).toBe(0);
    expect(s.nodes.filter((n) => n.cls === 'slot')).toHaveLength(30);
    expect(sceneText(s).join('')).toContain('举措：来源称共 30 项，本站已列出 0 项');
    expect(s.nodes.find((n) => n.key === 'stated-source')?.href).toBe('/sources/src-explainer/');
  });
  it('adding a measure fills its slot with a link and a connector from its aspect', () => {
    const s = layoutStructure(
      { ...base, measures: [{ id: 'M07', title: '某举措', aspect: 'A3' }] },
      { width: 340 },
    );
    expect(s.listed).toBe(1);
    expect(s.nodes.filter((n) => n.cls === 'slot')).toHaveLength(29);
    expect(s.nodes.find((n) => n.key === 'M07')).toMatchObject({
      href: '/measures/m07/',
      data: { aspect: 'A3' },
    });
    expect(edges(s, 'link-am').map((n) => n.data)).toEqual([{ from: 'A3', to: 'M07' }]);
    expect(sceneText(s).join('')).toContain('本站已列出 1 项');
    expect(sceneText(s).join('')).toContain('已列出举措 1 项');
  });
  it('adds slots when more measures are listed than the stated total', () => {
    expect(
      measureSlots(2, [{ id: 'M01' }, { id: 'M03' }]).map((x) => x.measure?.id ?? null),
    ).toEqual(['M01', null, 'M03']);
  });
  it('slots wrap at the given width', () => {
    const narrow = layoutStructure(base, { width: 340 });
    const wide = layoutStructure(base, { width: 800 });
    const rows = (s: ReturnType<typeof layoutStructure>) =>
      new Set(s.nodes.filter((n) => n.cls === 'slot').map((n) => (n.shapes[0] as { y: number }).y))
        .size;
    expect(rows(narrow)).toBe(3);
    expect(rows(wide)).toBe(2);
  });
  it('nothing sticks out at either width', () => {
    for (const width of [340, 800])
      expect(
        overflowing(layoutStructure(base, { width, minAspect: width > 400 ? 140 : 100 })),
      ).toEqual([]);
  });
});
