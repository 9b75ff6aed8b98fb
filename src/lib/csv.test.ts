import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { BOM, csvCell, toCsv } from './csv.ts';

describe('csv', () => {
  it('leaves plain cells alone and quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('新型电力装备')).toBe('新型电力装备');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说“好”，又说"行"')).toBe('"他说“好”，又说""行"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(['A1', 'A2'])).toBe('A1|A2');
    expect(csvCell(0)).toBe('0');
  });
  it('starts with a BOM and ends lines with CRLF', () => {
    const out = toCsv(['id'], [{ id: 'E1' }]);
    expect(out.startsWith(BOM)).toBe(true);
    expect(out).toBe(`${BOM}id\r\nE1\r\n`);
  });
  it('round-trips awkward Chinese text through an RFC 4180 parser', () => {
    const rows = [
      { id: 'E1', text: '含逗号,和“引号”以及"ASCII 引号"', note: '多行\n文字' },
      { id: 'E2', text: '', note: ' 前后空格 ' },
    ];
    expect(parse(toCsv(['id', 'text', 'note'], rows), { columns: true, bom: true })).toEqual(rows);
  });
});
