import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../schemas/shared.ts';
import {
  ENTRY_KINDS,
  KINDS,
  KIND_NAMES,
  compareIds,
  entryFile,
  entryOfPath,
  entryPath,
  findKind,
  kindInfo,
  kindOfId,
  pageTypeOfSegment,
  sortById,
  splitId,
  type KindRow,
} from './kinds.ts';

describe('the table of kinds', () => {
  it('has a row for every collection but the plan and the tiers, and each example fits its pattern', () => {
    expect(COLLECTIONS.filter((c) => !ENTRY_KINDS.includes(c as never))).toEqual(['plan', 'tiers']);
    for (const c of ENTRY_KINDS) expect(KINDS[c].example, c).toMatch(KINDS[c].pattern);
  });

  it('gives every kind a name nothing else answers to', () => {
    expect(new Set(KIND_NAMES).size).toBe(KIND_NAMES.length);
    for (const c of ENTRY_KINDS) {
      const { name, segment, label, aliases = [] } = KINDS[c] as KindRow;
      for (const n of [name, c, segment, label, ...aliases]) expect(findKind(n), n).toBe(name);
      expect(kindInfo(KINDS[c].name).collection).toBe(c);
      expect(pageTypeOfSegment(segment)).toBe(name);
    }
    expect(findKind('nope')).toBeUndefined();
  });

  it('puts entries where the content check reads them', () => {
    expect(entryFile('progress', 'R14')).toBe('content/progress/r14.mdx');
    expect(entryFile('sources', 'src-explainer')).toBe('content/sources/src-explainer.yaml');
  });
});

describe('CONTRIBUTING.md', () => {
  it('lists exactly the kinds of the table, each with its example file', () => {
    const text = readFileSync(join(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .map((l) => l.split('|').map((cell) => cell.trim()))
      .filter((cells) => /^`[a-z]+`/.test(cells[2] ?? ''));
    expect(rows.map((cells) => /^`([a-z]+)`/.exec(cells[2])![1])).toEqual(KIND_NAMES);
    for (const cells of rows) {
      const c = kindInfo(findKind(/^`([a-z]+)`/.exec(cells[2])![1])!).collection;
      expect(cells[4], c).toMatch(new RegExp(`^\`content/${c}/`));
    }
  });
});

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
  it('splits IDs into letters and number', () => {
    expect(splitId('GL07')).toEqual(['GL', 7]);
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
