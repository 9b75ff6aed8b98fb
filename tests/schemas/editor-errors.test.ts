// Mistakes editors make, checked the way `npm run check:content` and the build check them:
// each error names the broken file and the line (and column) of the mistake in the file,
// explains the fix in Chinese, and no other file is named because of it.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readContent } from '../../src/lib/content-files.ts';
import { pageIds } from '../../src/lib/content-files.ts';
import { checkBodies, validateEntries } from '../../src/lib/validate-entries.ts';
import { checkCitations } from '../../src/lib/validate-citations.ts';
import { checkPublishedIds } from '../../src/lib/published-ids.ts';
import { formatContentReport, type ContentError } from '../../src/lib/content-errors.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/valid');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every check of scripts/validate-content.ts, with every fixture entry published. */
function check(root: string): ContentError[] {
  const read = readContent(root);
  return [
    ...read.errors,
    ...validateEntries(read.entries),
    ...checkBodies(read.bodies),
    ...checkCitations(read.entries, read.bodies),
    ...checkPublishedIds(['E1', 'A1', 'GL01', 'P1', 'src-a'], pageIds(read.entries).ids, []),
  ];
}

/** A copy of the valid fixture with files (relative to content/) replaced or edited. */
function tree(files: Record<string, string | ((text: string) => string)>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(files)) {
    const path = join(dir, 'content', file);
    writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** The 1-based line of the first line of `file` (in the edited tree) containing `needle`. */
const lineWith = (root: string, file: string, needle: string) =>
  readFileSync(join(root, 'content', file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('YAML mistakes', () => {
  it('a half-width colon inside a value: its file, line and column, quote it or use ：', () => {
    const root = tree({
      'aspects/a1.mdx': (t) =>
        t.replace('summary: 用于测试的方面条目。', 'summary: 镇江船厂称: 测试条目。'),
    });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/aspects/a1.mdx']);
    const line = lineWith(root, 'aspects/a1.mdx', '镇江船厂称');
    expect(line).toBe(4);
    expect(errors[0]).toMatchObject({ line, column: 15, field: '(YAML)' });
    expect(errors[0].hint).toMatch(/双引号/);
    expect(errors[0].hint).toContain('：');
    expect(formatContentReport(errors)).toContain('✖ content/aspects/a1.mdx:4:15');
  });

  it('a colon inside a list item of facts, deep in the frontmatter', () => {
    const root = tree({
      'industries/e1.mdx': (t) =>
        t.replace(
          '  - { text: 测试事实一条。, date: "2024-07", dateStatus: stated, fact: IND-E1-1, source: src-a }',
          '  - text: 镇江船厂称: 测试事实一条。\n    date: "2024-07"\n    dateStatus: stated\n    fact: IND-E1-1\n    source: src-a',
        ),
    });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/industries/e1.mdx']);
    expect(errors[0].line).toBe(lineWith(root, 'industries/e1.mdx', '镇江船厂称'));
    expect(errors[0].line).toBeGreaterThan(5);
  });

  it('a colon inside a value of a one-line { … } list item', () => {
    const root = tree({
      'industries/e1.mdx': (t) =>
        t.replace('text: 测试事实一条。', 'text: 镇江船厂称: 测试事实一条。'),
    });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/industries/e1.mdx']);
    expect(errors[0].line).toBe(lineWith(root, 'industries/e1.mdx', '镇江船厂称'));
    expect(errors[0].column).toBe(
      readFileSync(join(root, 'content/industries/e1.mdx'), 'utf8')
        .split('\n')
        [errors[0].line! - 1].indexOf(': 测试事实') + 1,
    );
    expect(errors[0].hint).toMatch(/双引号/);
  });

  it('a field name without a space after its colon', () => {
    const root = tree({ 'aspects/a1.mdx': (t) => t.replace('title: 测试方面', 'title:测试方面') });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/aspects/a1.mdx']);
    expect(errors[0]).toMatchObject({
      line: lineWith(root, 'aspects/a1.mdx', 'title:测试方面'),
      column: 7,
    });
    expect(errors[0].hint).toMatch(/空格/);
  });

  it('an over-indented line is named, not the line above it or line 1', () => {
    const root = tree({
      'terms/gl01.mdx': (t) =>
        t.replace('summary: 用于测试的术语条目。', '  summary: 用于测试的术语条目。'),
    });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/terms/gl01.mdx']);
    expect(errors[0].line).toBe(lineWith(root, 'terms/gl01.mdx', 'summary'));
    expect(errors[0].hint).toMatch(/缩进/);
  });

  it('an under-indented field of a list item', () => {
    const root = tree({
      'progress/r01.mdx': (t) =>
        t.replace(
          'sources: [{ source: src-a, facts: [PRG-1] }]',
          'sources:\n  - source: src-a\n   facts: [PRG-1]',
        ),
    });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/progress/r01.mdx']);
    expect(errors[0].line).toBe(lineWith(root, 'progress/r01.mdx', '   facts: [PRG-1]'));
    expect(errors[0].hint).toMatch(/缩进/);
  });

  it('an unclosed bracket is placed on the line that opens it', () => {
    const root = tree({
      'aspects/a1.mdx': (t) => t.replace('title: 测试方面', 'title: [测试方面'),
    });
    const errors = check(root);
    expect(errors.map((e) => e.file)).toEqual(['content/aspects/a1.mdx']);
    expect(errors[0].line).toBe(lineWith(root, 'aspects/a1.mdx', 'title: [测试方面'));
    expect(errors[0].hint).toMatch(/\]/);
  });

  it('a broken file referenced and published elsewhere is the only file named', () => {
    // A1 is referenced by e1, p1, m01 and gl01, and published.
    const root = tree({
      'aspects/a1.mdx': (t) => t.replace('title: 测试方面', 'title: 测试: 方面'),
    });
    expect([...new Set(check(root).map((e) => e.file))]).toEqual(['content/aspects/a1.mdx']);
  });
});

describe('gaps a page would show', () => {
  it('two facts of one entry with the same fact-sheet ID', () => {
    const root = tree({
      'industries/e1.mdx': (t) =>
        t.replace(
          'facts:\n',
          'facts:\n  - { text: 另一条测试事实。, date: "2024-08", dateStatus: stated, fact: IND-E1-1, source: src-a }\n',
        ),
    });
    const errors = check(root);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/industries/e1.mdx', field: 'facts[1].fact' });
    expect(errors[0].line).toBe(lineWith(root, 'industries/e1.mdx', '测试事实一条'));
    expect(errors[0].hint).toContain('IND-E1-2');
  });

  it('a missing fact ID: how facts are numbered and the next free number', () => {
    const root = tree({
      'industries/e1.mdx': (t) => t.replace(', fact: IND-E1-1, source', ', source'),
    });
    const [error] = check(root);
    expect(error).toMatchObject({ file: 'content/industries/e1.mdx', field: 'facts[0].fact' });
    expect(error.hint).toMatch(/IND-E3-1 是产业方向 E3 的第 1 条/);
    expect(error.hint).toContain('下一个空闲的编号是 IND-E1-1');
  });

  it("a fact citing a source missing from the entry's sources", () => {
    const root = tree({
      'industries/e1.mdx': (t) =>
        t.replace('fact: IND-E1-1, source: src-a', 'fact: IND-E1-1, source: src-b'),
    });
    writeFileSync(
      join(root, 'content/sources/src-b.yaml'),
      readFileSync(join(root, 'content/sources/src-a.yaml'), 'utf8').replace(
        'id: src-a',
        'id: src-b',
      ),
    );
    const errors = check(root);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'content/industries/e1.mdx',
      line: lineWith(root, 'industries/e1.mdx', 'source: src-b'),
      field: 'facts[0].source',
      found: '"src-b"',
    });
    expect(errors[0].hint).toContain('- source: src-b');
  });

  it('an unknown <Ref> ID in a body fails the content check, closest ID first', () => {
    const root = tree({ 'terms/gl01.mdx': (t) => `${t}\n见 <Ref id="GL10" />。\n` });
    const errors = check(root);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/terms/gl01.mdx', field: '<Ref id>' });
    expect(errors[0].line).toBe(lineWith(root, 'terms/gl01.mdx', '<Ref id="GL10"'));
    expect(errors[0].hint).toMatch(/closest: GL01/);
  });

  it('an MDX body that does not compile fails the content check at its line', () => {
    const root = tree({ 'terms/gl01.mdx': (t) => `${t}\n<Quote source="src-a">没有闭合的原文\n` });
    const errors = check(root);
    expect(errors.map((e) => [e.file, e.field])).toEqual([['content/terms/gl01.mdx', '(body)']]);
    expect(errors[0].line).toBe(lineWith(root, 'terms/gl01.mdx', '<Quote source="src-a">'));
  });

  it('examples inside an MDX comment are not checked', () => {
    const root = tree({ 'terms/gl01.mdx': (t) => `${t}\n{/* 例：<Ref id="GL99" /> */}\n` });
    expect(check(root)).toEqual([]);
  });

  it('a mistyped source ID: the closest one is named first', () => {
    const root = tree({
      'aspects/a1.mdx': (t) =>
        t.replace(
          'sources: [{ source: src-a }]',
          'sources: [{ source: src-yangtse-2025-shipbuiding }]',
        ),
    });
    for (const id of ['src-yangtze-2025-shipbuilding', 'src-aaa', 'src-abc', 'src-b']) {
      writeFileSync(
        join(root, `content/sources/${id}.yaml`),
        readFileSync(join(root, 'content/sources/src-a.yaml'), 'utf8').replace(
          'id: src-a',
          `id: ${id}`,
        ),
      );
    }
    const [error] = check(root).filter((e) => e.field === 'sources[0].source');
    expect(error.file).toBe('content/aspects/a1.mdx');
    expect(error.expected).toMatch(/closest: src-yangtze-2025-shipbuilding,/);
  });
});
