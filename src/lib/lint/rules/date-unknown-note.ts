import { defineRule, MISSING } from '../rule.ts';

/** A fact whose date is unknown must say why (<Fact date="unknown">: see component.ts). */
export default defineRule({
  id: 'date-unknown-note',
  severity: 'warning',
  zh: '日期不详未说明',
  what: '日期不详（dateStatus: unknown）的事实没有 caveat 说明原因。',
  why: '“未知”要写明为什么未知，读者才知道不是漏填。',
  expected: ['说明日期为何不详', 'a caveat explaining the unknown date'],
  fix: 'no',
  checkFile({ objects }, report) {
    for (const { fact, rec, line, field } of objects)
      if (fact && !rec.date && rec.dateStatus === 'unknown' && !rec.old && !rec.caveat)
        report(
          { line, field: `${field}.caveat` },
          MISSING,
          '日期不详的事实请写 caveat，说明为什么不知道日期（例如“页面没有显示年份”）。',
        );
  },
});
