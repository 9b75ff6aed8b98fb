import { describe, expect, it } from 'vitest';
import { checkProse, checkRaw, fixText, splitExempt } from './text.ts';
import { unrenderedEmphasis } from './emphasis.ts';
import { scanBody, proseLines } from './mdx-scan.ts';
import flaggedHosts from '../../data/flagged-hosts.json' with { type: 'json' };

const rules = (hits: Array<{ rule: string }>) => hits.map((h) => h.rule);

describe('exempt spans', () => {
  it('keeps quotations, book titles, document numbers and URLs apart', () => {
    const spans = splitExempt(
      '他说“8条链”，见《2022年度指南》和镇数字发〔2022〕4号，https://example.org/a。',
    );
    const exempt = spans.filter((s) => s.exempt).map((s) => s.text);
    expect(exempt.slice(0, 2)).toEqual(['“8条链”', '《2022年度指南》']);
    expect(exempt[2]).toMatch(/镇数字发〔2022〕4号$/);
    expect(exempt[3]).toBe('https://example.org/a');
    expect(spans.map((s) => s.text).join('')).toBe(
      '他说“8条链”，见《2022年度指南》和镇数字发〔2022〕4号，https://example.org/a。',
    );
  });
});

describe('fixText', () => {
  it('removes pinyin, simplifies and re-spaces our own text', () => {
    expect(fixText('鎮(zhèn)江2023年應稅銷售801億元,居首', { autocorrect: true })).toBe(
      '镇江 2023 年应税销售 801 亿元，居首',
    );
  });
  it('never rewrites 原文 except pinyin annotations', () => {
    expect(fixText('鎮(zhèn)江等8條', { verbatim: true, autocorrect: true })).toBe('鎮江等8條');
  });
  it('leaves quotations in our own text as written', () => {
    expect(fixText('他说“再攀新高8條”的话,好', { autocorrect: true })).toBe(
      '他说“再攀新高8條”的话，好',
    );
    expect(
      fixText('据《2022年度指南》2023年数据,见https://example.org/a', { autocorrect: true }),
    ).toBe('据《2022年度指南》2023 年数据，见https://example.org/a');
  });
  it('is idempotent', () => {
    const once = fixText('３月的數據,共5G基站１２個', { autocorrect: true });
    expect(fixText(once, { autocorrect: true })).toBe(once);
  });
});

describe('checks', () => {
  it('reports each kind of problem once', () => {
    expect(rules(checkProse('鎮(zhèn)江', { autocorrect: true }))).toEqual([
      'traditional',
      'pinyin',
    ]);
    expect(rules(checkProse('共8个,好。。', { autocorrect: true }))).toEqual([
      'repeated-punctuation',
      'punctuation',
    ]);
    expect(rules(checkRaw('成人免费AV网址|亚洲手机免费在线'))).toEqual(['spam']);
    expect(
      rules(checkRaw('见 http://www.dingqianjf.com/x.html 和 www.xiydc.com', { flaggedHosts })),
    ).toEqual(['flagged-link', 'flagged-link']);
    expect(rules(checkRaw('技术?!?o:p>'))).toEqual(['mojibake', 'mojibake']);
  });
  it('accepts the site’s own conventions', () => {
    expect(
      checkProse('2024 年 7 月 5 日，占 21.8%；T800S 碳纤维（见 Q1）。人民网-人民日报。“876”工程', {
        autocorrect: true,
      }),
    ).toEqual([]);
    expect(checkRaw('https://zhenjiang.jstec.com.cn/news/1', { flaggedHosts })).toEqual([]);
  });
});

describe('emphasis, rendered with remark-cjk-friendly', () => {
  it('accepts bold next to CJK punctuation that the site renders', async () => {
    expect(await unrenderedEmphasis('方案提出深入实施**“876”**创新引领工程')).toBeUndefined();
    expect(await unrenderedEmphasis('这**（括号）**内容')).toBeUndefined();
    expect(await unrenderedEmphasis('代码 `a**b` 不算')).toBeUndefined();
  });
  it('reports bold that stays literal', async () => {
    expect(await unrenderedEmphasis('abc**“876”**def')).toMatch(/\*\*/);
    expect(await unrenderedEmphasis('**“876”**123')).toMatch(/\*\*/);
    expect(await unrenderedEmphasis('文字__粗__文字')).toMatch(/__/);
  });
});

describe('MDX body scanner', () => {
  it('separates prose, tags, comments, code and links', () => {
    const body =
      '正文<Ref id="E3" />。\n{/* 注释 */}\n<Quote source="src-a">原文</Quote>\n`code` [链接](/industries/e3/)\n';
    const scan = scanBody(body);
    expect(scan.tags.map((t) => `${t.closing ? '/' : ''}${t.name}`)).toEqual([
      'Ref',
      'Quote',
      '/Quote',
    ]);
    expect(scan.tags[0].attrs).toMatchObject([{ name: 'id', value: 'E3' }]);
    expect(scan.links.map((l) => l.url)).toEqual(['/industries/e3/']);
    expect(scan.hidden.map((h) => h.kind)).toEqual(['comment', 'code']);
    const pieces = proseLines(body, scan.prose);
    expect(pieces.find((p) => p.verbatim)?.text).toBe('原文');
    expect(pieces.map((p) => p.text)).toContain('正文');
  });
});
