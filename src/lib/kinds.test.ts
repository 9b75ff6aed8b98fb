import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../schemas/shared.ts';
import {
  ENTRY_KINDS,
  KINDS,
  KIND_NAMES,
  entryFile,
  findKind,
  kindInfo,
  pageTypeOfSegment,
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
