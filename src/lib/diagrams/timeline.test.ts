import { describe, expect, it } from 'vitest';
import {
  layoutTimeline,
  stripYear,
  timelineYears,
  yearOf,
  type TimelineInput,
} from './timeline.ts';
import { overflowing, sceneText } from './scene.ts';

const base: TimelineInput = {
  issue: { title: '《行动方案》', date: '2024', status: 'inferred', href: '/sources/#unknown' },
  programmes: [1, 2, 3, 4].map((n) => ({ id: `P${n}`, title: `工程${n}`, year: 2024 })),
  targets: [
    { id: 'G1', title: '定性目标', certainty: 'plan' },
    { id: 'G4', title: '2025 年：成为基地', year: 2025, certainty: 'commentary' },
    { id: 'G5', title: '2030 年：建成节点城市', year: 2030, certainty: 'commentary' },
    { id: 'G6', title: '2035 年：建成高地', year: 2035, certainty: 'commentary' },
    { id: 'G9', title: '另一份文件的目标', year: 2026, certainty: 'related' },
  ],
};
const node = (s: ReturnType<typeof layoutTimeline>, key: string) =>
  s.nodes.find((n) => n.key === key);

describe('timelineYears', () => {
  it('derives the years from the issue date, programmes and dated targets', () => {
    const t = timelineYears(base);
    expect(t.years.map((y) => y.year)).toEqual([2024, 2025, 2030, 2035]);
    expect(t.years[0]).toMatchObject({ issue: true });
    expect(t.years[0].programmes.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(t.undated.map((x) => x.id)).toEqual(['G1']);
    expect(t.excluded.map((x) => x.id)).toEqual(['G9']);
  });
  it('includes related targets when asked', () => {
    expect(timelineYears(base, true).years.map((y) => y.year)).toEqual([
      2024, 2025, 2026, 2030, 2035,
    ]);
  });
  it('adding a target with a new year adds that year', () => {
    const t = timelineYears({
      ...base,
      targets: [
        ...base.targets,
        { id: 'G10', title: '2040 年：新目标', year: 2040, certainty: 'plan' },
      ],
    });
    expect(t.years.map((y) => y.year)).toEqual([2024, 2025, 2030, 2035, 2040]);
  });
  it('leaves the issue off the axis when its date is unknown', () => {
    expect(
      timelineYears({ ...base, issue: { ...base.issue, status: 'unknown', date: undefined } })
        .years[0],
    ).toMatchObject({ year: 2024, issue: false });
    expect(yearOf('2024-07-05')).toBe(2024);
  });
});

describe('layoutTimeline', () => {
  it('marks inferred dates and commentary targets dashed, plan content solid, and links everything', () => {
    const s = layoutTimeline(base, { width: 340 });
    expect(node(s, 'issue')?.cls).toContain('dashed');
    expect(node(s, 'G4')).toMatchObject({
      href: '/targets/g4/',
      data: { certainty: 'commentary', year: '2025' },
    });
    expect(node(s, 'G4')?.cls).toContain('dashed');
    expect(node(s, 'P1')?.href).toBe('/programmes/p1/');
    expect(s.styles).toEqual(['solid', 'dashed']);
    const stated = layoutTimeline(
      {
        ...base,
        issue: { ...base.issue, status: 'stated', date: '2024-03-01' },
        targets: [{ id: 'G4', title: 'x', year: 2025, certainty: 'plan' }],
      },
      { width: 340 },
    );
    expect(node(stated, 'issue')?.cls).toContain('solid');
    expect(node(stated, 'G4')?.cls).toContain('solid');
    expect(stated.styles).toEqual(['solid']);
  });
  it('draws related targets dotted only when asked', () => {
    expect(node(layoutTimeline(base, { width: 340 }), 'G9')).toBeUndefined();
    expect(node(layoutTimeline(base, { width: 340, includeRelated: true }), 'G9')?.cls).toContain(
      'dotted',
    );
  });
  it('says what is left out and that the spacing is not to scale', () => {
    const text = sceneText(layoutTimeline(base, { width: 340 })).join('');
    expect(text).toContain('另有 1 项目标没有年份（G1）');
    expect(text).toContain('（G9）未画入');
    expect(text).toContain('（5 年后）');
  });
  it('lays the programmes out in more columns when wider', () => {
    const rows = (w: number) =>
      new Set(
        layoutTimeline(base, { width: w })
          .nodes.filter((n) => n.cls?.includes('programme'))
          .map((n) => (n.shapes[0] as { y: number }).y),
      ).size;
    expect(rows(340)).toBe(2);
    expect(rows(800)).toBe(1);
  });
  it('nothing sticks out', () => {
    for (const width of [340, 800])
      expect(overflowing(layoutTimeline(base, { width, includeRelated: true }))).toEqual([]);
  });
  it('strips a leading year from target titles', () => {
    expect(stripYear('2025 年：成为基地', 2025)).toBe('成为基地');
    expect(stripYear('成为基地', 2025)).toBe('成为基地');
  });
});
