// Sourcing in the data: every entry, 原文 and fact names its source; every fact its date, or why
// the date is unknown. <Quote>/<Fact> in bodies are checked by component.ts.
import { KINDS } from '../../kinds.ts';
import { isQuotePath } from '../../quotes.ts';
import { defineRule, MISSING } from '../rule.ts';

/** Collections whose entries must list their sources (every kind with pages but sources itself). */
const WITH_SOURCES = new Set<string>(Object.keys(KINDS).filter((k) => k !== 'sources'));

export const missingSource = defineRule({
  id: 'missing-source',
  severity: 'error',
  zh: '缺少来源',
  what: '条目没有 sources；原文（quote、quotes、举措的 text）、事实（industries 的 facts）或正文中的 <Quote>、<Fact> 没有 source。',
  why: '每一句关于方案的话都要能追溯到来源。',
  expected: ['注明来源', 'a source'],
  fix: 'no',
  checkFile({ collection, data, objects, lineOf }, report) {
    const sources = data.sources;
    if (collection && WITH_SOURCES.has(collection) && !(Array.isArray(sources) && sources.length))
      report(
        { line: lineOf(['sources']), field: 'sources' },
        sources === undefined ? MISSING : JSON.stringify(sources),
        '每个条目至少列一个来源：sources: [{ source: src-…, locator: 第 x 段 }]。',
      );
    for (const { path, rec, fact, line, field } of objects) {
      const quote = isQuotePath(path) && typeof rec.text === 'string';
      if ((quote || fact) && (rec.source ?? '') === '')
        report(
          { line, field: `${field}.source` },
          MISSING,
          `${quote ? '原文' : '事实'}必须注明来源：加上 source: src-…（content/sources 中的编号）。`,
        );
    }
  },
});

export const missingDate = defineRule({
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

export const dateUnknownNote = defineRule({
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
