// Every lint rule on a copy of the valid fixture broken in one way: the finding names
// the file, the line and the rule; quoted text and sourced figures are left alone.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLintFinding, lintTree } from './tree.ts';
import { RULES } from './rules.ts';
import { FIXTURE, broken, lineOf, removeCopies, withBody } from '../../../tests/fixture-copy.ts';
import { TEXT_RULE_CASES } from '../../../tests/lint/text-rule-cases.ts';
import { ENTRY_RULE_CASES } from '../../../tests/lint/entry-rule-cases.ts';

afterEach(removeCopies);

describe('content lint', () => {
  it('passes the valid fixture', async () => {
    const r = await lintTree(FIXTURE);
    expect(r.findings.map(formatLintFinding)).toEqual([]);
    expect(r.files).toBeGreaterThan(5);
  });

  const cases = [...TEXT_RULE_CASES, ...ENTRY_RULE_CASES];

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
