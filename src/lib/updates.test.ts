import { describe, expect, it } from 'vitest';
import { listUpdates } from './updates.ts';

const e = (id: string, updated?: string) => ({
  id,
  title: id,
  href: `/${id}/`,
  label: 'x',
  summary: '',
  updated,
});

describe('listUpdates', () => {
  it('groups by day, newest first, entries in plan order, skipping undated ones', () => {
    const out = listUpdates([
      e('A2', '2026-01-02'),
      e('E1', '2026-03-01'),
      e('src-x'),
      e('A1', '2026-01-02'),
    ]);
    expect(out.map((d) => d.date)).toEqual(['2026-03-01', '2026-01-02']);
    expect(out[1].entries.map((x) => x.id)).toEqual(['A1', 'A2']);
  });
});
