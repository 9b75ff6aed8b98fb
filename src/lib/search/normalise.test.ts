import { describe, expect, it } from 'vitest';
import {
  pickWindow,
  WINDOW_CHARS,
  foldWidth,
  isIndexable,
  looksLikeId,
  normaliseQuery,
  MAX_QUERY_CHARS,
} from './normalise.ts';

const t2s = new Map([
  ['儲', '储'],
  ['創', '创'],
  ['產', '产'],
  ['業', '业'],
  ['鎮', '镇'],
]);

describe('normaliseQuery', () => {
  it('folds full-width Latin and digits, lowercases and drops whitespace', () => {
    const q = normaliseQuery('  Ｃ９１９　大飞机 ');
    expect(q.normalised).toBe('c919大飞机');
    expect(q.chars).toEqual(['c', '9', '1', '9', '大', '飞', '机']);
    expect(q.simplifiedFrom).toBeUndefined();
  });
  it('maps traditional characters with the given map and says what it mapped from', () => {
    const q = normaliseQuery('儲能', t2s);
    expect(q.normalised).toBe('储能');
    expect(q.simplifiedFrom).toBe('儲能');
    expect(normaliseQuery('創新產業', t2s).normalised).toBe('创新产业');
  });
  it('leaves characters outside the map alone (著 is valid simplified text)', () => {
    expect(normaliseQuery('显著', t2s).normalised).toBe('显著');
    expect(normaliseQuery('显著', t2s).simplifiedFrom).toBeUndefined();
  });
  it('drops zero-width and control characters, including the index markers', () => {
    expect(normaliseQuery('储\u200b能\u2063\u2064\u0007').normalised).toBe('储能');
  });
  it('ignores diacritics on Latin letters, as Pagefind does', () => {
    expect(normaliseQuery('Guàshuài').normalised).toBe('guashuai');
  });
  it('keeps astral characters whole and caps the length', () => {
    expect(normaliseQuery('𠮷野').chars).toEqual(['𠮷', '野']);
    expect(normaliseQuery('字'.repeat(100)).chars).toHaveLength(MAX_QUERY_CHARS);
  });
  it('returns nothing searchable for blank input', () => {
    expect(normaliseQuery('   ').chars).toEqual([]);
  });
});

describe('helpers', () => {
  it('foldWidth only touches full-width ASCII and the ideographic space', () => {
    expect(foldWidth('ＧＬ０２，储能！ａ')).toBe('GL02，储能！a');
  });
  it('recognises entry IDs case-insensitively', () => {
    for (const id of ['e3', 'A7', 'p2', 'GL02', 'm07', 'q12']) expect(looksLikeId(id)).toBe(true);
    for (const s of ['e', '储能', '2024', 'gl', 'c919x']) expect(looksLikeId(s)).toBe(false);
  });
  it('knows which characters are words in the index', () => {
    expect(isIndexable('储', '')).toBe(true);
    expect(isIndexable('9', '')).toBe(true);
    expect(isIndexable('-', '')).toBe(false);
    expect(isIndexable('-', '-.')).toBe(true);
  });
});

describe('pickWindow', () => {
  it('returns short queries whole', () => {
    expect(pickWindow([...'储能'], '的')).toEqual({ start: 0, chars: ['储', '能'] });
  });
  it('picks the window of a long query that avoids the most frequent characters', () => {
    const chars = [...'的的的的产业产业镇江澳盛轻量化汽车科技的的'];
    const w = pickWindow(chars, '的产业');
    expect(w.chars).toHaveLength(WINDOW_CHARS);
    expect(w.chars.join('')).toBe('镇江澳盛轻量化汽');
    expect(w.start).toBe(8);
  });
});
