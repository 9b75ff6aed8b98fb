// The scaffolder's kind and ID questions: kinds by number, name or Chinese name;
// the next free ID past every ID ever used; refusals and total warnings.
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../content-files.ts';
import { capacityWarning, nextId, refuseId, summariseExisting } from './scaffold.ts';
import { KIND_NAMES, findKind, kindInfo } from '../kinds.ts';
import { KIND_QUESTION, collectAnswers, idQuestion } from './answers.ts';
import { copy, removeCopies } from '../../../tests/fixture-copy.ts';

afterEach(removeCopies);

function existingOf(
  root: string,
  extra: { published?: string[]; redirects?: Array<{ from: string; to: string }> } = {},
) {
  return summariseExisting(readContent(root).entries, extra);
}

describe('the kind and ID questions', () => {
  it('take a kind by number, name or Chinese name, and refuse an unknown one', async () => {
    expect(['8', 'Term', '术语', 'glossary', 'terms'].map(findKind)).toEqual(Array(5).fill('term'));
    expect(['10', '进展', 'progress'].map(findKind)).toEqual(Array(3).fill('progress'));
    const flagged = await collectAnswers([KIND_QUESTION], { kind: 'nope' });
    expect(flagged.problems.join()).toMatch(
      /--kind "nope".*unknown kind.*industry, pillar.*progress/,
    );
    expect((await collectAnswers([KIND_QUESTION], {})).missing).toEqual(['kind']);
  });

  it('suggest the next free ID and refuse one in use, naming the next free one', async () => {
    const existing = existingOf(copy());
    const question = idQuestion('term', existing, {});
    expect((await collectAnswers([question], {})).answers.id).toBe('GL02');
    const taken = await collectAnswers([question], { id: 'GL01' });
    expect(taken.problems.join()).toMatch(/--id "GL01".*已被现有条目使用.*GL02/);
  });
});

describe('IDs', () => {
  it('proposes one past the highest ID ever used', () => {
    const root = copy();
    expect(nextId('term', existingOf(root))).toBe('GL02');
    expect(nextId('target', existingOf(root))).toBe('G2');
    expect(nextId('measure', existingOf(root))).toBe('M02');
    expect(nextId('industry', existingOf(root), { tier: 'E' })).toBe('E2');
    expect(nextId('industry', existingOf(root), { tier: 'T' })).toBe('T1');
    // Published or redirected IDs are never reused, even when their entry is gone.
    expect(nextId('term', existingOf(root, { published: ['GL01', 'GL07'] }))).toBe('GL08');
    expect(nextId('statement', existingOf(root, { redirects: [{ from: 'Q5', to: 'Q1' }] }))).toBe(
      'Q6',
    );
    // G and GL are different prefixes.
    expect(nextId('target', existingOf(root, { published: ['GL30'] }))).toBe('G2');
    expect(nextId('source', existingOf(root), { date: '2024-07-05' })).toBe('src-20240705');
  });

  it('numbers the first ID of each kind in the shape its pattern accepts', () => {
    const empty = summariseExisting([]);
    for (const kind of KIND_NAMES)
      expect(nextId(kind, empty, { tier: 'T' }), kind).toMatch(kindInfo(kind).pattern);
    expect(['term', 'progress', 'target'].map((k) => nextId(k as never, empty))).toEqual([
      'GL01',
      'R01',
      'G1',
    ]);
  });

  it('refuses an ID that exists, was published, or has the wrong shape', () => {
    const root = copy();
    const existing = existingOf(root, { published: ['GL05'] });
    expect(refuseId('term', 'GL01', existing)).toMatch(/已被现有条目使用.*GL06/);
    expect(refuseId('term', 'GL05', existing)).toMatch(/发布过/);
    expect(refuseId('term', 'GL1', existing)).toMatch(/GL07/);
    expect(refuseId('industry', 'E1', existing, { tier: 'E' })).toMatch(/already in use/);
    expect(refuseId('industry', 'F3', existing, { tier: 'E' })).toMatch(/不属于类别 E/);
    expect(refuseId('source', 'src-a', existing)).toMatch(/already in use/);
  });

  it('warns before exceeding a total the sources state', () => {
    const root = copy();
    expect(capacityWarning('industry', existingOf(root), { tier: 'E' })).toMatch(/共有 1 个/);
    expect(capacityWarning('industry', existingOf(root), { tier: 'F' })).toBeUndefined();
    expect(capacityWarning('measure', existingOf(root), {})).toBeUndefined();
  });
});
