// The content lint as editors run it: on the real content, --fix on a pasted page,
// the CLI's exit codes and --strict, and house style around quotations.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { formatLintReport, lintTree } from './tree.ts';
import type { LintFinding } from './lint.ts';
import type { RuleId } from './rules.ts';
import {
  FIXTURE,
  PASTED,
  ROOT,
  broken,
  copy,
  lineOf,
  removeCopies,
} from '../../../tests/fixture-copy.ts';

afterEach(removeCopies);

describe('content lint on the real content', { timeout: 60_000 }, () => {
  it('finds nothing in content/', async () => {
    const r = await lintTree(ROOT);
    expect(formatLintReport(r)).toMatch(/no problems/);
    expect(r.files).toBeGreaterThan(100);
  });
});

describe('--fix', { timeout: 30_000 }, () => {
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

// Few runs of the CLI (each starts Node and AutoCorrect); the cases above run in-process.
describe('the CLI', { timeout: 60_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts'), ...args], {
      encoding: 'utf8',
    });

  it('exits 0 on clean content and 1 on errors, printing file:line and rule', () => {
    expect(cli('--root', FIXTURE).status).toBe(0);
    const root = copy();
    cpSync(PASTED, join(root, 'content/terms/gl09.mdx'));
    const r = cli('--root', root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/✖ content\/terms\/gl09\.mdx:\d+ {2}\[spam /);
    expect(r.stderr).toMatch(/Content lint failed: \d+ file\(s\) checked, \d+ error\(s\)/);
  });

  it('passes on warnings alone, unless --strict', async () => {
    const root = broken('aspects/a1.mdx', (t) =>
      t.replace('用于测试的方面条目。', '用于测试的T800S碳纤维方面条目。'),
    );
    const { findings } = await lintTree(root);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(cli('--root', root).status).toBe(0);
    expect(cli('--root', root, '--strict').status).toBe(1);
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
