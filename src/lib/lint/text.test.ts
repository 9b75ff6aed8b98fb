// The copy rules on single runs of text: exempt spans, the safe repairs and what each rule reports.
import { describe, expect, it } from 'vitest';
import { repairRun } from './lint.ts';
import { RULES } from './rules.ts';
import { splitExempt, type Rule } from './rule.ts';
import { figuresIn } from './rules/unsourced-figure.ts';

/** Rule ids that report something in `text`, run as our own prose (or as 原文). */
const reported = (text: string, verbatim = false) =>
  (RULES as readonly Rule[]).flatMap((r) =>
    r.check && r.scope !== 'frontmatter' && r.check({ text, verbatim, autocorrect: true }).length
      ? [r.id]
      : [],
  );
const fix = (text: string, verbatim = false) => repairRun({ text, verbatim, autocorrect: true });

describe('exempt spans', () => {
  it('keeps quotations, book titles, document numbers and URLs apart', () => {
    const text = '他说“8条链”，见《2022年度指南》和镇数字发〔2022〕4号，https://example.org/a。';
    const exempt = splitExempt(text)
      .filter((s) => s.exempt)
      .map((s) => s.text);
    expect(exempt.slice(0, 2)).toEqual(['“8条链”', '《2022年度指南》']);
    expect(exempt[2]).toMatch(/镇数字发〔2022〕4号$/);
    expect(exempt[3]).toBe('https://example.org/a');
    expect(
      splitExempt(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('repairs', () => {
  it('removes pinyin, simplifies and re-spaces our own text', () => {
    expect(fix('鎮(zhèn)江2023年應稅銷售801億元,居首')).toBe('镇江 2023 年应税销售 801 亿元，居首');
  });
  it('never rewrites 原文 except pinyin annotations', () => {
    expect(fix('鎮(zhèn)江等8條', true)).toBe('鎮江等8條');
  });
  it('leaves quotations in our own text as written', () => {
    expect(fix('他说“再攀新高8條”的话,好')).toBe('他说“再攀新高8條”的话，好');
    expect(fix('据《2022年度指南》2023年数据,见https://example.org/a')).toBe(
      '据《2022年度指南》2023 年数据，见https://example.org/a',
    );
  });
  it('is idempotent', () => {
    const once = fix('３月的數據,共5G基站１２個');
    expect(fix(once)).toBe(once);
  });
});

describe('text rules', () => {
  it('report each kind of problem', () => {
    expect(reported('鎮(zhèn)江')).toEqual(['traditional', 'pinyin']);
    expect(reported('共8个,好。。')).toEqual(['punctuation', 'repeated-punctuation']);
    expect(reported('成人免费AV网址|亚洲手机免费在线')).toContain('spam');
    expect(reported('见 http://www.dingqianjf.com/x.html')).toEqual(['flagged-link']);
    expect(reported('技术?!?o:p>')).toContain('mojibake');
    expect(reported('測試', true)).toEqual(['traditional']);
  });
  it('accept the site’s own conventions', () => {
    expect(
      reported('2024 年 7 月 5 日，占 21.8%；T800S 碳纤维（见 Q1）。人民网-人民日报。“876”工程'),
    ).toEqual([]);
  });
});

describe('figures', () => {
  it('finds counts, amounts and shares, but not years, dates, IDs, ordinals or quotations', () => {
    const text =
      '2024年上半年招引185家，投资30亿元、占 54.7%，E7 第 5 段，IND-E3-1，6 月 3 日，“超 500 亿元”，160 余人';
    expect(figuresIn(text).map((f) => f.key)).toEqual(['185家', '30亿元', '54.7%', '160人']);
  });
});
