import { describe, expect, it } from 'vitest';
import { checkPublishedIds } from './published-ids.ts';

const files = { published: 'content/published-ids.txt', redirects: 'content/redirects.yaml' };

describe('checkPublishedIds', () => {
  it('accepts published IDs that still exist, and new ones', () => {
    expect(checkPublishedIds(['E1', 'A1'], new Set(['E1', 'A1', 'A2']), [], files)).toEqual([]);
  });
  it('fails when a published ID disappears without a redirect, naming the ID', () => {
    const errors = checkPublishedIds(['E1', 'E9'], new Set(['E1']), [], files);
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe('content/published-ids.txt');
    expect(errors[0].field).toBe('E9');
    expect(errors[0].hint).toContain('from: E9');
  });
  it('accepts a removed ID that redirects to an existing entry', () => {
    expect(checkPublishedIds(['E9'], new Set(['E1']), [{ from: 'E9', to: 'E1' }], files)).toEqual(
      [],
    );
  });
  it('rejects redirects to missing entries and from IDs still in use', () => {
    const errors = checkPublishedIds([], new Set(['E1']), [{ from: 'E1', to: 'E2' }], files);
    expect(errors.map((e) => e.field)).toEqual(['[0].from', '[0].to']);
  });
});
