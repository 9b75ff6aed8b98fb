import { describe, expect, it } from 'vitest';
import {
  compareIds,
  entryOfPath,
  entryPath,
  kindOfId,
  sortById,
  splitId,
  tierOfIndustry,
} from './ids.ts';

describe('ids', () => {
  it('orders industry IDs by tier (E, F, T) then by number, not by text', () => {
    expect(['T1', 'E10', 'F2', 'E2', 'E1'].sort(compareIds)).toEqual([
      'E1',
      'E2',
      'E10',
      'F2',
      'T1',
    ]);
  });
  it('orders kinds as the site presents them, then numerically; unknown prefixes last', () => {
    expect(['GL10', 'A2', 'Q1', 'GL02', 'A10', 'B3', 'src-b', 'src-a'].sort(compareIds)).toEqual([
      'B3',
      'A2',
      'A10',
      'Q1',
      'GL02',
      'GL10',
      'src-a',
      'src-b',
    ]);
  });
  it('sortById returns a new array and leaves the input alone', () => {
    const input = [{ id: 'E2' }, { id: 'E1' }];
    const out = sortById(input);
    expect(out.map((x) => x.id)).toEqual(['E1', 'E2']);
    expect(input.map((x) => x.id)).toEqual(['E2', 'E1']);
  });
  it('builds lowercase ASCII permalinks under the kind segment', () => {
    expect(entryPath('industries', 'E3')).toBe('/industries/e3/');
    expect(entryPath('terms', 'GL07')).toBe('/glossary/gl07/');
    expect(entryPath('sources', 'src-explainer')).toBe('/sources/src-explainer/');
  });
  it('recognises the kind of an ID by its shape', () => {
    expect(kindOfId('E3')).toBe('industries');
    expect(kindOfId('T6')).toBe('industries');
    expect(kindOfId('A7')).toBe('aspects');
    expect(kindOfId('P2')).toBe('programmes');
    expect(kindOfId('M07')).toBe('measures');
    expect(kindOfId('GL02')).toBe('terms');
    expect(kindOfId('G2')).toBe('targets');
    expect(kindOfId('X1')).toBeUndefined();
  });
  it('splits IDs and rejects non-industry IDs as tiers', () => {
    expect(splitId('GL07')).toEqual(['GL', 7]);
    expect(tierOfIndustry('F7')).toBe('F');
    expect(() => tierOfIndustry('A1')).toThrow(/Not an industry ID/);
  });
});

describe('entryOfPath', () => {
  it('reads the kind and ID from an entry page path, fragment or not', () => {
    expect(entryOfPath('/glossary/gl02/#facts')).toEqual({ kind: 'terms', id: 'GL02' });
    expect(entryOfPath('/sources/src-explainer/')).toEqual({
      kind: 'sources',
      id: 'src-explainer',
    });
  });
  it('is undefined for pages that are not entries', () => {
    expect(entryOfPath('/guide/')).toBeUndefined();
    expect(entryOfPath('/nothing/e1/')).toBeUndefined();
  });
});
