import { defineRule, MISSING } from '../rule.ts';

/** A fact without a date; old data (旧数据) without its year. <Fact date>: see component.ts. */
export default defineRule({
  id: 'missing-date',
  severity: 'error',
  zh: '事实缺少日期',
  what: '事实（facts、<Fact>）没有日期；旧数据没有年份。日期确实不详的，写 dateStatus: unknown（<Fact date="unknown">），并在 caveat 中说明。',
  why: '数字不带时间就无法判断是不是现状；旧数据必须带年份。',
  expected: ['注明日期', 'a date'],
  fix: 'no',
  checkFile({ objects }, report) {
    for (const { fact: isFact, rec: fact, line, field } of objects) {
      if (!isFact || (typeof fact.date === 'string' && fact.date !== '')) continue;
      const where = { line, field: `${field}.date` };
      // 旧数据 carries its year: in `date`, or (when only a range is known) in the caveat.
      if (fact.old === true && !/(19|20)\d{2}/.test(String(fact.caveat ?? '')))
        report(
          where,
          MISSING,
          '旧数据必须注明年份：加上 date: "2017"（推断的写 dateStatus: inferred）；只知道大致年份范围的，在 caveat 中写明，如“旧数据（约 2009—2011 年）”。',
        );
      else if (fact.dateStatus !== 'unknown')
        report(
          where,
          MISSING,
          '加上 date: "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"；来源确实没有日期的，写 dateStatus: unknown 并在 caveat 中说明。',
        );
    }
  },
});
