import { describe, expect, it } from 'vitest';
import { rankPages, slotOf, sortHits } from './rank.ts';

const slots = [4, 10, 6];

describe('slotOf', () => {
  it('maps word positions to header slots and the text', () => {
    expect([0, 3, 4, 13, 14, 19, 20, 500].map((p) => slotOf(p, slots))).toEqual([
      'id',
      'id',
      'title',
      'title',
      'alias',
      'alias',
      'text',
      'text',
    ]);
  });
});

describe('rankPages', () => {
  const loose = [
    { id: 'a', score: 9 },
    { id: 'b', score: 8 },
    { id: 'c', score: 7 },
    { id: 'd', score: 6 },
    { id: 'e', score: 5 },
  ];
  it('puts every exact match above every partial one, whatever the scores', () => {
    const r = rankPages(
      loose,
      [
        { id: 'e', position: 300 },
        { id: 'c', position: 100 },
      ],
      slots,
    );
    expect(r.exact.map((p) => p.id)).toEqual(['c', 'e']);
    expect(r.related.map((p) => p.id)).toEqual(['a', 'b', 'd']);
  });
  it('orders exact matches by slot: ID, title, alias, then text', () => {
    const r = rankPages(
      loose,
      [
        { id: 'a', position: 400 },
        { id: 'b', position: 15 },
        { id: 'c', position: 5 },
        { id: 'd', position: 0 },
      ],
      slots,
    );
    expect(r.exact.map((p) => [p.id, p.slot])).toEqual([
      ['d', 'id'],
      ['c', 'title'],
      ['b', 'alias'],
      ['a', 'text'],
    ]);
  });
  it('keeps exact matches the loose search missed, with score 0', () => {
    const r = rankPages([], [{ id: 'x', position: 50 }], slots);
    expect(r.exact).toEqual([{ id: 'x', score: 0, slot: 'text' }]);
  });
  it('ignores duplicate phrase results', () => {
    expect(
      rankPages(
        loose,
        [
          { id: 'a', position: 50 },
          { id: 'a', position: 60 },
        ],
        slots,
      ).exact,
    ).toHaveLength(1);
  });
});

describe('sortHits', () => {
  it('moves the hit whose ID equals the query to the front, case-insensitively', () => {
    const hits = [{ id: 'E31' }, { id: 'F3' }, { id: 'E3' }, {}].map((h) => ({
      ...h,
      match: 'id',
    }));
    expect(sortHits(hits, 'e3').map((h) => h.id)).toEqual(['E3', 'E31', 'F3', undefined]);
  });
  it('orders by match slot and keeps the order within a slot', () => {
    const hits = [
      { match: 'text', n: 1 },
      { match: 'title', n: 2 },
      { match: 'text', n: 3 },
      { match: 'id', n: 4 },
      { match: 'title', n: 5 },
    ];
    expect(sortHits(hits, '储能').map((h) => h.n)).toEqual([4, 2, 5, 1, 3]);
  });
});

describe('content before the sources it cites', () => {
  it('ranks a source page whose title holds the words after content pages matching in their text', () => {
    const loose = [
      { id: 'src', score: 9 },
      { id: 'entry', score: 5 },
      { id: 'fact', score: 4 },
    ];
    const r = rankPages(
      loose,
      [
        { id: 'src', position: 5 }, // title slot
        { id: 'entry', position: 300 },
        { id: 'fact', position: 200 },
      ],
      slots,
      new Set(['src']),
    );
    expect(r.exact.map((p) => p.id)).toEqual(['entry', 'fact', 'src']);
  });
  it('keeps that order when windowed hits are re-sorted by slot', () => {
    const hits = [
      { match: 'title', kind: '来源', id: 's' },
      { match: 'text', kind: '产业方向', id: 'e' },
    ];
    expect(sortHits(hits, '储能').map((h) => h.id)).toEqual(['e', 's']);
  });
});
