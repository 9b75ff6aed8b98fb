import { KINDS } from '../../ids.ts';
import { isQuotePath } from '../../quotes.ts';
import { defineRule, MISSING } from '../rule.ts';

/** Collections whose entries must list their sources (every kind with pages but sources itself). */
const WITH_SOURCES = new Set<string>(Object.keys(KINDS).filter((k) => k !== 'sources'));

/** An entry without sources; a 原文 or fact without a source (components: see component.ts). */
export default defineRule({
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
