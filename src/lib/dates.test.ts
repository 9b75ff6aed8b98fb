import { describe, expect, it } from 'vitest';
import { describeDate, formatPartialDate, newestUpdated } from './dates.ts';

describe('dates', () => {
  it('writes partial dates the Chinese way without leading zeros', () => {
    expect(formatPartialDate('2024')).toBe('2024 年');
    expect(formatPartialDate('2024-07')).toBe('2024 年 7 月');
    expect(formatPartialDate('2024-07-05')).toBe('2024 年 7 月 5 日');
  });
  it('marks inferred dates and says when a date is unknown', () => {
    expect(describeDate('2024-07-25', 'inferred')).toBe('2024 年 7 月 25 日（推断）');
    expect(describeDate(undefined, 'unknown')).toBe('日期不详');
    expect(describeDate('2024', 'unknown')).toBe('日期不详');
  });
  it('finds the newest updated day across files, quoted or not, ignoring other dates', () => {
    expect(
      newestUpdated([
        'id: E1\nupdated: 2026-11-20\n',
        'date: "2027-01-01"\nupdated: "2026-11-26"\n',
        'no date here',
      ]),
    ).toBe('2026-11-26');
    expect(
      newestUpdated(['  updated: 2030-01-01 # indented, inside a list: not the entry field']),
    ).toBeUndefined();
    expect(newestUpdated([])).toBeUndefined();
  });
});
