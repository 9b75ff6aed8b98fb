import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPublishedIds, checkPublishedIds, readPublishedIds } from './published-ids.ts';

describe('checkPublishedIds', () => {
  it('accepts published IDs that still exist, and new ones', () => {
    expect(checkPublishedIds(['E1', 'A1'], new Set(['E1', 'A1', 'A2']), [])).toEqual([]);
  });
  it('fails when a published ID disappears without a redirect, naming the ID', () => {
    const errors = checkPublishedIds(['E1', 'E9'], new Set(['E1']), []);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('content/published-ids.txt');
    expect(errors[0].field).toBe('E9');
    expect(errors[0].hint).toContain('from: E9');
  });
  it('accepts a removed ID that redirects to an existing entry', () => {
    expect(checkPublishedIds(['E9'], new Set(['E1']), [{ from: 'E9', to: 'E1' }])).toEqual([]);
  });
  it('rejects redirects to missing entries and from IDs still in use', () => {
    const errors = checkPublishedIds([], new Set(['E1']), [{ from: 'E1', to: 'E2' }]);
    expect(errors.map((e) => e.field)).toEqual(['[0].from', '[0].to']);
  });
});

describe('readPublishedIds and addPublishedIds', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const root = () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'content'));
    return dir;
  };

  it('reads missing files as empty', () => {
    expect(readPublishedIds(root())).toEqual({ published: [], redirects: [] });
  });

  it('skips comments and blank lines, and reads redirects from YAML', () => {
    const dir = root();
    writeFileSync(join(dir, 'content/published-ids.txt'), '# note\nE1\n\n  GL02 \n');
    writeFileSync(join(dir, 'content/redirects.yaml'), '- { from: E9, to: E1 }\n');
    expect(readPublishedIds(dir)).toEqual({
      published: ['E1', 'GL02'],
      redirects: [{ from: 'E9', to: 'E1' }],
    });
  });

  it('adds IDs in site order and never drops one', () => {
    const dir = root();
    writeFileSync(join(dir, 'content/published-ids.txt'), 'Q1\nE10\n');
    expect(addPublishedIds(dir, ['E2', 'Q1'])).toEqual({ total: 3, added: 1 });
    expect(readPublishedIds(dir).published).toEqual(['E2', 'E10', 'Q1']);
    expect(readFileSync(join(dir, 'content/published-ids.txt'), 'utf8')).toMatch(/^# /);
  });
});
