import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ID_PATTERNS } from '../schemas/shared.ts';
import { KINDS } from './ids.ts';
import {
  ENTRY_KINDS,
  KIND_NAMES,
  KIND_TABLE,
  collectionOf,
  entryFile,
  findKind,
  numbering,
  pageTypeOfSegment,
} from './kinds.ts';

describe('the table of kinds', () => {
  it('has a row for every collection with an ID pattern, in the order of KINDS', () => {
    expect(ENTRY_KINDS).toEqual(Object.keys(KINDS));
    expect(new Set(ENTRY_KINDS)).toEqual(new Set(Object.keys(ID_PATTERNS)));
  });

  it('gives every kind a name nothing else answers to', () => {
    expect(new Set(KIND_NAMES).size).toBe(KIND_NAMES.length);
    for (const c of ENTRY_KINDS) {
      const names = [KIND_TABLE[c].name, c, KINDS[c].segment, KINDS[c].label];
      for (const n of [...names, ...KIND_TABLE[c].aliases])
        expect(findKind(n), n).toBe(KIND_TABLE[c].name);
      expect(collectionOf(KIND_TABLE[c].name)).toBe(c);
      expect(pageTypeOfSegment(KINDS[c].segment)).toBe(KIND_TABLE[c].name);
    }
    expect(findKind('nope')).toBeUndefined();
  });

  it('numbers the first new ID of each kind in the shape its pattern accepts', () => {
    for (const c of ENTRY_KINDS.filter((c) => c !== 'sources')) {
      const { prefix = 'E', pad } = numbering(c);
      expect(`${prefix}${'1'.padStart(pad, '0')}`, c).toMatch(ID_PATTERNS[c].pattern);
    }
    expect(numbering('terms')).toEqual({ prefix: 'GL', pad: 2 });
    expect(numbering('progress')).toEqual({ prefix: 'R', pad: 2 });
    expect(numbering('targets')).toEqual({ prefix: 'G', pad: 1 });
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
      const c = collectionOf(findKind(/^`([a-z]+)`/.exec(cells[2])![1])!);
      expect(cells[4], c).toMatch(new RegExp(`^\`content/${c}/`));
    }
  });
});
