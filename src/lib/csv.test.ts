import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from './csv.ts';

/** The one data line of a CSV with a single column `v`. */
const cell = (v: unknown) => toCsv(['v'], [{ v }]).split('\r\n')[1];

describe('csv', () => {
  it('leaves plain cells alone and quotes cells with commas, quotes and line breaks', () => {
    expect(cell('新型电力装备')).toBe('新型电力装备');
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('他说“好”，又说"行"')).toBe('"他说“好”，又说""行"""');
    expect(toCsv(['v'], [{ v: '第一行\n第二行' }])).toContain('"第一行\n第二行"');
    expect(cell('甲，乙')).toBe('"甲，乙"');
    expect(cell(' 前后空格')).toBe('" 前后空格"');
  });
  it('writes lists joined with |, and missing values, numbers and booleans as text', () => {
    expect(cell(undefined)).toBe('');
    expect(cell(null)).toBe('');
    expect(cell(['A1', 'A2'])).toBe('A1|A2');
    expect(cell(0)).toBe('0');
    expect(cell(false)).toBe('false');
  });
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['id'], [{ id: 'E1' }])).toBe('\uFEFFid\r\nE1\r\n');
  });
  it('round-trips awkward Chinese text through an RFC 4180 parser', () => {
    const rows = [
      { id: 'E1', text: '含逗号,和“引号”以及"ASCII 引号"', note: '多行\n文字' },
      { id: 'E2', text: '', note: ' 前后空格 ' },
    ];
    expect(parse(toCsv(['id', 'text', 'note'], rows), { columns: true, bom: true })).toEqual(rows);
  });
});
