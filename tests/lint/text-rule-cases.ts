// Broken edits for the rules about the text itself: script, scraped pages, emphasis, sources and dates.
import type { RuleId } from '../../src/lib/lint/rules.ts';
import { withBody } from '../fixture-copy.ts';

/** One broken edit and where its rule must report it. */
export interface RuleCase {
  rule: RuleId;
  name: string;
  file: string;
  edit: (t: string) => string;
  at: string;
  found?: RegExp;
  hint?: RegExp;
}

export const TEXT_RULE_CASES: RuleCase[] = [
  {
    rule: 'traditional',
    name: 'traditional characters in a summary',
    file: 'industries/e1.mdx',
    edit: (t) => t.replace('用于测试的产业方向条目。', '用于測試的產業方向条目。'),
    at: 'summary:',
    found: /測試的產業/,
    hint: /测试的产业/,
  },
  {
    rule: 'traditional',
    name: 'traditional characters in 原文 (not auto-fixed)',
    file: 'industries/e1.mdx',
    edit: (t) => t.replace('text: 测试原文', 'text: 測試原文'),
    at: '測試原文',
    hint: /原文：--fix 不会改/,
  },
  {
    rule: 'pinyin',
    name: 'a pinyin annotation in the body',
    file: 'industries/e1.mdx',
    edit: withBody('鎮(zhèn)江的产业。'),
    at: '(zhèn)',
    found: /鎮\(zhèn\)/,
  },
  {
    rule: 'mojibake',
    name: 'Word markup in the body',
    file: 'industries/e1.mdx',
    edit: withBody('正文<o:p></o:p>'),
    at: 'o:p',
    found: /o:p/,
  },
  {
    rule: 'mojibake',
    name: 'a replacement character in a frontmatter string',
    file: 'aspects/a1.mdx',
    edit: (t) => t.replace('用于测试的方面条目。', '用于测试的方面条目\uFFFD。'),
    at: 'summary:',
  },
  {
    rule: 'mojibake',
    name: 'scraped navigation crumbs',
    file: 'industries/e1.mdx',
    edit: withBody('首頁>地方頻道>要聞'),
    at: '首頁',
    hint: /残留/,
  },
  {
    rule: 'spam',
    name: 'the spam line of the scraped page',
    file: 'industries/e1.mdx',
    edit: withBody('成人免费AV网址|亚洲手机免费在线'),
    at: '成人免费',
    found: /成人免费/,
  },
  {
    rule: 'flagged-link',
    name: 'a link to a flagged mirror',
    file: 'industries/e1.mdx',
    edit: withBody('见[转载页](http://m.dingqianjf.com/news/show/1.html)。'),
    at: 'dingqianjf',
    found: /dingqianjf/,
  },
  {
    rule: 'flagged-link',
    name: 'a flagged URL in a source note',
    file: '../content/sources/src-a.yaml',
    edit: (t) => t.replace('测试用来源。', '读自 http://xiydc.com/2007gpjd.shtml 的转载页。'),
    at: 'notes:',
  },
  {
    rule: 'emphasis',
    name: 'bold that does not render',
    file: 'industries/e1.mdx',
    edit: withBody('这是 abc**“876”**def 的写法。'),
    at: 'abc**',
    found: /\*\*/,
  },
  {
    rule: 'emphasis',
    name: '** in a frontmatter string',
    file: 'aspects/a1.mdx',
    edit: (t) => t.replace('用于测试的方面条目。', '用于测试的**方面**条目。'),
    at: 'summary:',
  },
  {
    rule: 'missing-source',
    name: 'an entry without sources',
    file: 'aspects/a1.mdx',
    edit: (t) => t.replace('sources: [{ source: src-a }]', 'sources: []'),
    at: 'sources:',
  },
  {
    rule: 'missing-source',
    name: 'a <Quote> without source',
    file: 'industries/e1.mdx',
    edit: withBody('<Quote locator="第 1 段">测试原文</Quote>'),
    at: '<Quote',
  },
  {
    rule: 'missing-date',
    name: 'a fact without a date',
    file: 'industries/e1.mdx',
    edit: (t) => t.replace('date: "2024-07", ', ''),
    at: 'IND-E1-1, source',
  },
  {
    rule: 'missing-date',
    name: 'a <Fact> without a date',
    file: 'industries/e1.mdx',
    edit: withBody('<Fact source="src-a" fact="IND-E1-1">测试事实。</Fact>'),
    at: '<Fact',
  },
  {
    rule: 'missing-date',
    name: 'old data without its year',
    file: 'industries/e1.mdx',
    edit: (t) => t.replace('date: "2024-07", dateStatus: stated', 'dateStatus: unknown, old: true'),
    at: 'IND-E1-1, source',
    hint: /旧数据/,
  },
  {
    rule: 'unknown-id',
    name: 'a <Ref> to an unknown ID',
    file: 'industries/e1.mdx',
    edit: withBody('见 <Ref id="E9" />。'),
    at: 'E9',
    found: /E9/,
    hint: /E1/,
  },
  {
    rule: 'unknown-id',
    name: 'an unknown source in a <Quote>',
    file: 'industries/e1.mdx',
    edit: withBody('<Quote source="src-nope">测试原文</Quote>'),
    at: 'src-nope',
    found: /src-nope/,
    hint: /src-a/,
  },
  {
    rule: 'unknown-id',
    name: 'a link to a missing entry page',
    file: 'industries/e1.mdx',
    edit: withBody('见[这里](/industries/e9/)。'),
    at: '/industries/e9/',
  },
];
