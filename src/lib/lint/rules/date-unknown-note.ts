import { defineRule, fieldName, isFact, objectsIn, MISSING } from '../rule.ts';

/** A fact whose date is unknown must say why (<Fact date="unknown">: see component.ts). */
export default defineRule({
  id: 'date-unknown-note',
  severity: 'warning',
  zh: '日期不详未说明',
  what: '日期不详（dateStatus: unknown）的事实没有 caveat 说明原因。',
  why: '“未知”要写明为什么未知，读者才知道不是漏填。',
  en: 'fact with an unknown date but no caveat explaining why',
  expected: ['说明日期为何不详', 'a caveat explaining the unknown date'],
  fix: 'no',
  checkData({ data, lineOf }, report) {
    for (const [path, fact] of objectsIn(data))
      if (
        isFact(path, fact) &&
        !fact.date &&
        fact.dateStatus === 'unknown' &&
        !fact.old &&
        !fact.caveat
      )
        report(
          'date-unknown-note',
          { line: lineOf(path), field: `${fieldName(path)}.caveat` },
          MISSING,
          '日期不详的事实请写 caveat，说明为什么不知道日期（例如“页面没有显示年份”）。',
        );
  },
});
