// The content lint on small content trees: the valid schema fixture, and copies
// of it each broken in one way. Every finding must name the file, line and rule.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { lintTree } from './tree.ts';
import { formatLintFinding, formatLintReport, lintFailed } from './format.ts';
import { RULES, type RuleId } from './rules.ts';
import type { LintFinding } from './lint.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/schemas/fixtures/valid');
const PASTED = join(ROOT, 'tests/lint/fixtures/pasted-gl09.mdx');
const dirs: string[] = [];

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** A copy of the valid fixture with one file edited (or created). */
function broken(file: string, edit: (text: string) => string): string {
  const dir = copy();
  const path = join(dir, 'content', file);
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    /* a new file */
  }
  writeFileSync(path, edit(text));
  return dir;
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`fixture edit lost: ${needle}`);
  return i + 1;
}

afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const withBody = (extra: string) => (t: string) => `${t.trimEnd()}\n\n${extra}\n`;

describe('content lint', () => {
  it('passes the valid fixture', async () => {
    const r = await lintTree(FIXTURE);
    expect(r.findings.map(formatLintFinding)).toEqual([]);
    expect(r.files).toBeGreaterThan(5);
  });

  const cases: Array<{
    rule: RuleId;
    name: string;
    file: string;
    edit: (t: string) => string;
    at: string;
    found?: RegExp;
    hint?: RegExp;
  }> = [
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
      edit: (t) =>
        t.replace('date: "2024-07", dateStatus: stated', 'dateStatus: unknown, old: true'),
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
    {
      rule: 'component',
      name: 'a Callout type that does not exist',
      file: 'industries/e1.mdx',
      edit: withBody('<Callout type="danger">注意。</Callout>'),
      at: '<Callout',
      found: /danger/,
      hint: /info, warning/,
    },
    {
      rule: 'component',
      name: 'an unknown component',
      file: 'industries/e1.mdx',
      edit: withBody('<Chart data="x" />'),
      at: '<Chart',
      hint: /Quote/,
    },
    {
      rule: 'component',
      name: 'an unclosed component',
      file: 'industries/e1.mdx',
      edit: withBody('<Note>没有闭合'),
      at: '<Note>',
      hint: /<\/Note>/,
    },
    {
      rule: 'component',
      name: 'a <Quote> inside a <Callout>',
      file: 'industries/e1.mdx',
      edit: withBody(
        '<Callout type="info">\n\n<Quote source="src-a">测试原文</Quote>\n\n</Callout>',
      ),
      at: '<Quote',
      hint: /单独成段.*Callout/,
    },
    {
      rule: 'component',
      name: 'a <Quote> in a list item',
      file: 'industries/e1.mdx',
      edit: withBody('- 第一点\n- <Quote source="src-a">测试原文</Quote>'),
      at: '<Quote',
      hint: /列表/,
    },
    {
      rule: 'component',
      name: 'a <Quote> inside a sentence',
      file: 'industries/e1.mdx',
      edit: withBody('来源说 <Quote source="src-a">测试原文</Quote>。'),
      at: '<Quote',
      hint: /同一段/,
    },
    {
      rule: 'component',
      name: 'an image from another site',
      file: 'industries/e1.mdx',
      edit: withBody('<Figure src="https://example.org/a.png" alt="示意图" />'),
      at: '<Figure',
      hint: /public\/images/,
    },
    {
      rule: 'spacing',
      name: 'no space between CJK and digits',
      file: 'aspects/a1.mdx',
      edit: (t) => t.replace('用于测试的方面条目。', '用于测试的T800S碳纤维方面条目。'),
      at: 'summary:',
      hint: /T800S 碳纤维/,
    },
    {
      rule: 'punctuation',
      name: 'half-width comma in Chinese',
      file: 'industries/e1.mdx',
      edit: withBody('测试正文,第二句。'),
      at: '第二句',
      hint: /测试正文，第二句/,
    },
    {
      rule: 'repeated-punctuation',
      name: 'repeated full stops',
      file: 'industries/e1.mdx',
      edit: withBody('测试正文。。'),
      at: '。。',
    },
    {
      rule: 'date-unknown-note',
      name: 'an unknown date without a caveat',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('date: "2024-07", dateStatus: stated', 'dateStatus: unknown'),
      at: 'IND-E1-1, source',
    },
    {
      rule: 'unsourced-figure',
      name: 'a count in 解读 that no fact or 原文 states',
      file: 'terms/gl01.mdx',
      edit: withBody('2024年上半年已招引科创企业185家。'),
      at: '185家',
      found: /185家/,
      hint: /<Fact source=/,
    },
    {
      rule: 'unsourced-figure',
      name: 'an amount in the summary',
      file: 'aspects/a1.mdx',
      edit: (t) => t.replace('用于测试的方面条目。', '用于测试的方面条目，投入 30 亿元。'),
      at: 'summary:',
      found: /30 亿元/,
    },
    {
      rule: 'date-style',
      name: 'a date written the other way',
      file: 'industries/e1.mdx',
      edit: withBody('页面日期为 2024-07-29，另一处写作2024年7月29日。'),
      at: '页面日期',
      found: /2024-07-29/,
      hint: /2024 年 7 月 29 日/,
    },
    {
      rule: 'nested-titles',
      name: 'a 《》 inside a 《》',
      file: 'industries/e1.mdx',
      edit: withBody('见《解读《行动方案》》一文。'),
      at: '见《解读',
      hint: /〈行动方案〉/,
    },
    {
      rule: 'voice',
      name: 'the site speaking as 我们',
      file: 'industries/e1.mdx',
      edit: withBody('这是我们的解读。'),
      at: '这是我们',
    },
    {
      rule: 'empty-body',
      name: 'a body of comments only',
      file: 'aspects/a1.mdx',
      edit: withBody('{/* 解读写在这里 */}'),
      at: '{/*',
    },
  ];

  for (const c of cases) {
    it(`[${c.rule}] reports ${c.name} with file, line and rule`, async () => {
      const root = broken(c.file, c.edit);
      const file = join('content', c.file).replace('content/../content/', 'content/');
      const text = readFileSync(join(root, file), 'utf8');
      const { findings } = await lintTree(root);
      const hit = findings.find((f) => f.rule === c.rule);
      expect(hit, findings.map(formatLintFinding).join('\n\n')).toBeDefined();
      expect(hit!.file).toBe(file);
      expect(hit!.line).toBe(lineOf(text, c.at));
      if (c.found) expect(hit!.found).toMatch(c.found);
      if (c.hint) expect(hit!.hint).toMatch(c.hint);
      const printed = formatLintFinding(hit!);
      expect(printed).toContain(`${file}:${hit!.line}`);
      expect(printed).toContain(`[${c.rule} `);
      expect(hit!.expectedZh.length).toBeGreaterThan(1);
      expect(hit!.severity).toBe(RULES.find((r) => r.id === c.rule)!.severity);
    });
  }

  it('has a test case for every rule', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it('leaves quoted text, titles, document numbers and aliases alone', async () => {
    const root = broken('industries/e1.mdx', (t) =>
      withBody(
        '他说要“再攀新高8条”，见《2022年度镇江市科技计划项目指南》和镇数字发〔2022〕4号。人民网-人民日报报道。\n\n<Quote source="src-a">共30项举措</Quote>\n\n深入实施**“876”**创新引领工程。',
      )(
        t
          .replace('text: 测试原文', 'text: 等8条重点产业链再攀新高')
          .replace('aspects: [A1]', 'aliases: [876工程]\naspects: [A1]'),
      ),
    );
    const { findings } = await lintTree(root);
    expect(findings.map(formatLintFinding)).toEqual([]);
  });
});

describe('unsourced-figure', () => {
  it('accepts figures stated in the entry’s facts, <Fact>, 原文 or the plan’s totals, and dates and ordinals', async () => {
    const root = broken('industries/e1.mdx', (t) =>
      withBody(
        '2024 年上半年，E7 第 5 段说 1 个方向、30 项举措，招引 12 家企业，产值 3.5 亿元。\n\n<Fact source="src-a" date="2024-07">产值 3.5 亿元。</Fact>',
      )(t.replace('测试事实一条。', '招引企业 12 家。')),
    );
    const { findings } = await lintTree(root);
    expect(findings.map(formatLintFinding)).toEqual([]);
  });
  it('accepts a figure a sourced indicator states, and still reports one it does not', async () => {
    const root = broken('progress/r01.mdx', withBody('一季度占比升至 55.5%，另有 77 家企业。'));
    const { findings } = await lintTree(root);
    expect(findings.map((f) => [f.rule, f.found])).toEqual([['unsourced-figure', '"77 家"']]);
  });
});

describe('content lint on the real content', { timeout: 60_000 }, () => {
  it('finds nothing in content/', async () => {
    const r = await lintTree(ROOT);
    expect(formatLintReport(r.findings)).toMatch(/no problems/);
    expect(r.files).toBeGreaterThan(100);
  });
});

describe('--fix', () => {
  function pasted(): string {
    const root = copy();
    cpSync(PASTED, join(root, 'content/terms/gl09.mdx'));
    return root;
  }

  it('applies only the safe fixes, and a second run changes nothing', async () => {
    const root = pasted();
    const path = join(root, 'content/terms/gl09.mdx');
    const before = await lintTree(root);
    const first = await lintTree(root, { fix: true });
    expect(first.fixedFiles).toEqual(['content/terms/gl09.mdx']);
    const once = readFileSync(path, 'utf8');
    const second = await lintTree(root, { fix: true });
    expect(second.fixedFiles).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(once);

    // Fixed: traditional and pinyin outside quotes, spacing and punctuation.
    expect(once).toContain('title: 镇江创新引领工程');
    expect(once).toContain('明确了新兴产业 8 个、未来产业 7 个、传统产业 6 个。');
    expect(once).toContain('locator: 第 5 段');
    expect(once).toContain('镇江新一轮创新发展蓝图已绘就。日前，市委办公室和市政府办公室印发');
    // Not rewritten: 原文 in <Quote> (only reported), the 《》 title (only reported), aliases, spam and residue (to delete by hand).
    expect(once).toContain(
      '<Quote source="src-a" locator="第 5 段">明確了新興產業8個、未來產業7個</Quote>',
    );
    expect(once).toContain('《鎮江市科技創新引領產業強市行動方案》');
    expect(once).toContain('aliases: [876工程]');
    expect(once).toContain('成人免费AV网址|亚洲手机免费在线');
    expect(once).toContain('技术?!?o:p>');
    expect(once).toContain('首頁>地方頻道>鎮(zhèn)江>要聞');

    const left = new Set(second.findings.map((f) => f.rule));
    for (const rule of ['spam', 'mojibake', 'flagged-link', 'traditional'] as const)
      expect(left.has(rule), rule).toBe(true);
    expect(second.findings.filter((f) => f.fixable)).toEqual([]);
    expect(before.findings.filter((f) => f.fixable).length).toBeGreaterThan(5);
  });

  it('the pasted page is reported with file:line for every kind of problem', async () => {
    const root = pasted();
    const { findings } = await lintTree(root);
    const text = readFileSync(join(root, 'content/terms/gl09.mdx'), 'utf8');
    const at = (rule: RuleId) =>
      findings.filter((f: LintFinding) => f.rule === rule).map((f) => f.line);
    expect(at('spam')).toEqual([lineOf(text, '成人免费')]);
    expect(at('pinyin')).toContain(lineOf(text, 'title:'));
    expect(at('traditional')).toContain(lineOf(text, '<Quote'));
    expect(at('mojibake')).toContain(lineOf(text, '?!'));
    expect(at('flagged-link')).toEqual([lineOf(text, 'dingqianjf')]);
    expect(at('punctuation')).toContain(lineOf(text, 'summary:'));
  });
});

// One smoke test of the CLI (each run starts Node and AutoCorrect); the cases above run in-process.
describe('the CLI', { timeout: 60_000 }, () => {
  it('exits 0 on clean content and 1 on errors, printing file:line and rule', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts'), ...args], {
        encoding: 'utf8',
      });
    expect(cli('--root', FIXTURE).status).toBe(0);
    const root = copy();
    cpSync(PASTED, join(root, 'content/terms/gl09.mdx'));
    const r = cli('--root', root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/✖ content\/terms\/gl09\.mdx:\d+ {2}\[spam /);
    expect(r.stderr).toMatch(/Content lint failed: \d+ file\(s\) checked, \d+ error\(s\)/);
  });
});

describe('--strict', () => {
  it('warnings alone pass, unless --strict', async () => {
    const root = broken('aspects/a1.mdx', (t) =>
      t.replace('用于测试的方面条目。', '用于测试的T800S碳纤维方面条目。'),
    );
    const { findings } = await lintTree(root);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(lintFailed(findings, false)).toBe(false);
    expect(lintFailed(findings, true)).toBe(true);
  });
});

describe('house style leaves quotations alone', () => {
  it('keeps 原文, quotations and titles as written, and repairs our own text', async () => {
    const { dateStyle, nestedTitles, voice } = await import('./rules/house-style.ts');
    const ours = {
      text: '2024-07-29 我们读到《解读《方案》》',
      verbatim: false,
      autocorrect: true,
    };
    const quoted = { text: '“我们在2024年7月”', verbatim: false, autocorrect: true };
    const verbatim = { ...ours, verbatim: true };
    for (const rule of [dateStyle, nestedTitles, voice]) {
      expect(rule.check!(quoted), rule.id).toEqual([]);
      expect(rule.check!(verbatim), rule.id).toEqual([]);
      expect(rule.check!(ours).length, rule.id).toBe(1);
    }
    expect(dateStyle.repair!(ours)).toContain('2024 年 7 月 29 日');
    expect(nestedTitles.repair!(ours)).toContain('《解读〈方案〉》');
    expect(voice.repair!(ours)).toContain('本站读到');
  });
});
