import { describe, expect, it } from 'vitest';
import { HEADER_END, MARK, ZWSP } from './format.ts';
import { blockAt, findAll, readStored, squeeze, wordPosition } from './stored.ts';

const containsExact = (text: string, needle: string) => findAll(text, needle).length > 0;

describe('readStored', () => {
  it('splits off the header and counts one word per non-space character', () => {
    const content = `E3${MARK}${MARK}高性能${MARK}${HEADER_END}E3 产业${MARK}正文`;
    const s = readStored(content);
    expect(s.body).toBe(`E3 产业${MARK}正文`);
    expect(s.bodyPosition).toBe(9);
    expect(wordPosition(content, content.indexOf('产'))).toBe(11);
  });
  it('drops U+200B if the content still has it, and copes with no header', () => {
    expect(readStored(`a${ZWSP}b`)).toEqual({ full: 'ab', body: 'ab', bodyPosition: 0 });
  });
});

describe('matching', () => {
  const body = `高性能材料${MARK}在 2024 年，可信度与赛马。C919 大飞机`;
  it('finds substrings in the middle or end of words', () => {
    expect(containsExact(body, '信度')).toBe(true);
    expect(containsExact(body, '马')).toBe(true);
  });
  it('ignores whitespace, width and case', () => {
    const span = findAll(body, '2024年')[0];
    expect(body.slice(span.start, span.end)).toBe('2024 年');
    expect(containsExact(body, 'c919大')).toBe(true);
  });
  it('never matches across a block boundary', () => {
    expect(containsExact(body, '料在')).toBe(false);
    expect(containsExact(body, `料${MARK}在`)).toBe(false);
  });
  it('finds every occurrence', () => {
    expect(findAll('能储能储能', '储能').map((s) => s.start)).toEqual([1, 3]);
  });
  it('maps positions back through astral characters', () => {
    const s = findAll('a𠮷b c', '𠮷bc')[0];
    expect([s.start, s.end]).toEqual([1, 6]);
    expect(squeeze('A b').text).toBe('ab');
  });
  it('blockAt returns the block around an offset', () => {
    const b = blockAt(body, body.indexOf('可'));
    expect(body.slice(b.start, b.end)).toBe('在 2024 年，可信度与赛马。C919 大飞机');
  });
});
