// The scaffolder (npm run new): every kind it writes passes the validator and
// the lint in a copy of the valid fixture tree; IDs in use are refused.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { z } from 'astro/zod';
import { parseContentFile, readContent, type ContentRead } from '../content-files.ts';
import { checkContent } from '../validate-entries.ts';
import { formatContentReport } from '../content-errors.ts';
import { formatLintFinding, lintTree } from '../lint/tree.ts';
import { buildSchemas } from '../../schemas/index.ts';
import { KIND_NAMES, type KindName } from '../kinds.ts';
import { nextId, questionsFor, refuseId, summariseExisting, type Answers } from './scaffold.ts';
import { buildEntry } from './entry.ts';
import { collectAnswers } from './answers.ts';
import { ROOT, copy, removeCopies } from '../../../tests/fixture-copy.ts';

afterEach(removeCopies);

const existingOf = (root: string) => summariseExisting(readContent(root).entries);

/** Answers for every field of a kind, with awkward characters on purpose (colons, quotes, #, leading digits). */
const ANSWERS: Record<KindName, Answers> = {
  industry: {
    tier: 'F',
    title: '“人工智能”：测试方向',
    summary: '用于测试的产业方向，含 key: value 和 # 号。',
    quote: '以创新培育人工智能……等7个未来产业',
    source: 'src-a',
    locator: '第 5 段',
    facts: 'IND-0-1, IND-F1-1',
    aliases: 'AI, 人工智能',
  },
  pillar: {
    title: '测试板块二',
    summary: '用于测试的板块条目，照录来源。',
    quote: '推动新质生产力培育',
    source: 'src-a',
  },
  aspect: {
    title: '测试方面二',
    summary: '用于测试的方面条目，照录来源。',
    quote: '推进关键核心技术攻坚',
    source: 'src-a',
    pillar: 'B1',
  },
  measure: {
    aspect: 'A1',
    title: '测试举措二',
    summary: '用于测试的举措条目，照录来源。',
    quote: '推进关键核心技术攻坚',
    source: 'src-a',
    status: 'unknown',
  },
  programme: {
    title: '测试工程二',
    summary: '用于测试的 2024 年工程条目。',
    year: '2024',
    quote: '实施关键技术攻关工程',
    source: 'src-a',
    aspects: 'A1',
  },
  statement: {
    speaker: '某某',
    role: '某局局长',
    title: '某某：测试讲话',
    summary: '用于测试的讲话条目，日期不详。',
    quote: '这是科技部门的主责主业',
    source: 'src-a',
    locator: '第 6 段',
    dateStatus: 'unknown',
    occasion: '访谈',
  },
  term: {
    title: '科技招商',
    summary: '以招引科技型企业为重点的招商方式。',
    pinyin: 'kējì zhāoshāng',
    source: 'src-a',
    related: 'E1, GL01',
  },
  target: {
    title: '测试目标二',
    summary: '用于测试的目标条目，来源没有给出年份。',
    certainty: 'plan',
    year: '2030',
    quote: '基本实现重点产业链自主可控',
    source: 'src-a',
    caveat: '没有量化指标。',
  },
  source: {
    title: '2024年测试报道：标题',
    outlet: '测试媒体',
    author: '某记者',
    date: '2024-07-05',
    dateStatus: 'stated',
    url: 'https://example.org/b',
    reliability: 'mainstream',
    notes: '测试用来源，读自原站。',
    facts: 'META-1',
  },
  progress: {
    title: '测试进展二',
    summary: '一条测试用的进展条目，只在镜像页上读到。',
    date: '2025-01',
    dateStatus: 'stated',
    flags: 'mirror',
    caveat: '只在转载镜像页上读到。',
    relation: 'implements',
    quote: '落实《行动方案》',
    source: 'src-a',
    locator: '第 2 段',
  },
};

// Each case copies the fixture tree and runs the whole content check and the lint on it.
describe('scaffolder output', { timeout: 30_000 }, () => {
  it('has test answers for every required question of every kind', () => {
    for (const kind of KIND_NAMES)
      for (const q of questionsFor(kind).filter((q) => q.required && !q.suggest))
        expect(ANSWERS[kind][q.key], `${kind}.${q.key}`).toBeDefined();
  });

  for (const kind of KIND_NAMES) {
    it(`writes a ${kind} that passes the content check and the lint`, async () => {
      const root = copy();
      const existing = existingOf(root);
      const answers = ANSWERS[kind];
      for (const q of questionsFor(kind, existing)) {
        const v = answers[q.key];
        if (v !== undefined) expect(q.check(v), `${kind}.${q.key}`).toBeUndefined();
      }
      const id = nextId(kind, existing, answers)!;
      expect(refuseId(kind, id, existing, answers)).toBeUndefined();
      const entry = buildEntry(kind, id, answers, '2026-11-27');
      // The text reads back as the data it was built from, awkward characters included.
      const reread: ContentRead = { entries: [], bodies: [], errors: [] };
      const layout = kind === 'source' ? 'yaml-dir' : 'mdx';
      parseContentFile({ ...entry, kind: layout, misnamed: false }, entry.text, reread);
      expect(reread.entries.map((e) => e.data)).toEqual([entry.data]);
      writeFileSync(join(root, entry.file), entry.text);
      const read = readContent(root);
      const errors = checkContent(root, read);
      expect(errors, formatContentReport(errors)).toEqual([]);
      expect(read.entries.some((e) => e.file === entry.file && e.data.id === id)).toBe(true);
      const lint = await lintTree(root, { only: [entry.file] });
      // The example body is comments only: the lint reminds the editor to write it, nothing else.
      expect(lint.findings.filter((f) => f.rule !== 'empty-body').map(formatLintFinding)).toEqual(
        [],
      );
      if (entry.file.endsWith('.mdx'))
        expect(entry.text).toMatch(/\{\/\*[\s\S]*<Quote source=[\s\S]*\*\/\}\n$/);
    });
  }
});

describe('questions come from the schemas', () => {
  const statement = buildSchemas(() => z.string() as never).statements;
  it('take help, allowed values and checks from the field schemas', () => {
    const questions = questionsFor('statement', existingOf(copy()));
    const byKey = new Map(questions.map((q) => [q.key, q]));
    expect(byKey.get('role')?.help).toBe(statement.shape.role.description);
    expect(byKey.get('dateStatus')?.values).toEqual(statement.shape.dateStatus.options);
    expect(byKey.get('date')?.check('2024/07/25')).toBe(
      statement.shape.date.safeParse('2024/07/25').error?.issues[0].message,
    );
    expect(byKey.get('date')?.required).toBe(false);
    // The quotation's text is asked as --quote, and its source is the citation's source.
    expect(byKey.get('quote')?.check('“加引号的原文”')).toMatch(/quotation marks/);
    expect(byKey.get('source')?.check('src-nope')).toMatch(
      /content\/sources 中没有 "src-nope".*src-a/,
    );
    expect(questions.filter((q) => q.key === 'source')).toHaveLength(1);
    expect(questions.map((q) => q.key)).not.toContain('id');
  });

  it('suggest defaults: the schema default, and dateStatus from whether a date is given', () => {
    const measure = new Map(questionsFor('measure').map((q) => [q.key, q]));
    expect(measure.get('status')?.suggest?.({})).toBe('unknown');
    const dateStatus = questionsFor('source').find((q) => q.key === 'dateStatus')!;
    expect(dateStatus.suggest?.({ date: '2024' })).toBe('stated');
    expect(dateStatus.suggest?.({})).toBe('unknown');
  });

  it('asks again until an answer passes, matching choices without regard to case', async () => {
    const root = copy();
    const replies: Record<string, string[]> = { tier: ['x', 'f'], source: ['src-nope', 'src-a'] };
    const log: string[] = [];
    const ask = async (prompt: string) => {
      const flag = /\n {2}([a-z-]+)[^\n]*: $/.exec(prompt)![1];
      return replies[flag]?.shift() ?? ANSWERS.industry[flag] ?? '';
    };
    const questions = questionsFor('industry', existingOf(root));
    const { answers, missing } = await collectAnswers(questions, {}, ask, (l) => log.push(l));
    expect(missing).toEqual([]);
    expect(answers).toMatchObject({ tier: 'F', source: 'src-a', locator: '第 5 段' });
    expect(log.join('\n')).toMatch(/没有 "src-nope"/);
    expect(log.join('\n')).toMatch(/E.*F.*T/);
  });

  it('with flags only, lists missing required fields and rejects bad values', async () => {
    const root = copy();
    const questions = questionsFor('statement', existingOf(root));
    const r = await collectAnswers(questions, { title: '讲话', date: '2024/1' });
    expect(r.missing).toEqual(['summary', 'source', 'speaker', 'role', 'quote']);
    expect(r.problems.join()).toMatch(/--date "2024\/1".*YYYY-MM-DD/);
    expect(r.answers.dateStatus).toBe('unknown');
  });
});

describe('the CLI', { timeout: 60_000 }, () => {
  const cli = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/new-entry.ts'), '--root', root, ...args], {
      encoding: 'utf8',
    });

  it('writes the next free ID with --yes and checks it', () => {
    const root = copy();
    const r = cli(
      root,
      '--kind',
      'term',
      '--title',
      '科技招商',
      '--summary',
      '以招引科技型企业为重点的招商方式。',
      '--source',
      'src-a',
      '--yes',
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('content/terms/gl02.mdx');
    expect(r.stdout).toMatch(/内容校验通过/);
    expect(readFileSync(join(root, 'content/terms/gl02.mdx'), 'utf8')).toMatch(/^---\nid: GL02/);
  });
});
