import { describe, expect, it } from 'vitest';
import { flagLegend, flagsOf } from './flag-marks.ts';

describe('flagsOf', () => {
  it('takes a progress item’s flags and a mirror-only source, once each', () => {
    expect(flagsOf({ flags: ['mirror', 'inferred'], mirrorOnly: true })).toEqual([
      'mirror',
      'inferred',
    ]);
  });
  it('flags a target that is less sure than the plan’s own, and not one that is', () => {
    expect(flagsOf({ certainty: 'commentary' })).toEqual(['commentary']);
    expect(flagsOf({ certainty: 'plan' })).toEqual([]);
  });
  it('gives nothing for an item without flags', () => expect(flagsOf({})).toEqual([]));
});

describe('flagLegend', () => {
  it('says each mark once, with every meaning it has among the flags given', () => {
    const legend = flagLegend(['inferred', 'mirror', 'commentary', 'inferred']);
    expect(legend.map((l) => l.mark)).toEqual(['⚠', '推断']);
    expect(legend[0].words).toEqual(['仅见于转载镜像页']);
    expect(legend[1].words).toHaveLength(2);
    expect(legend[1].words.join()).toMatch(/本站推断.*评论/);
  });
  it('is empty when no item is flagged', () => expect(flagLegend([])).toEqual([]));
});
