// Schema and reference checks on small content trees: one valid fixture, and
// copies of it each broken in one way. Every error must name the file and field.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readContent } from '../../src/lib/content-files.ts';
import { checkBodies, validateEntries } from '../../src/lib/validate-entries.ts';
import { formatContentReport, type ContentError } from '../../src/lib/content-errors.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/valid');
const dirs: string[] = [];

function check(root: string): ContentError[] {
  const read = readContent(root);
  return [...read.errors, ...validateEntries(read.entries), ...checkBodies(read.bodies)];
}

/** A copy of the valid fixture with one file edited. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const path = join(dir, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    expect(check(FIXTURE)).toEqual([]);
  });

  const cases: Array<{
    name: string;
    file: string;
    edit: (t: string) => string;
    field: string;
    found?: string;
    expect: RegExp;
  }> = [
    {
      name: 'missing title',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('title: 测试产业\n', ''),
      field: 'title',
      expect: /add the field "title"/,
    },
    {
      name: 'ID of the wrong shape',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('id: E1', 'id: X1'),
      field: 'id',
      found: '"X1"',
      expect: /like E3/,
    },
    {
      name: 'unknown source',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('{ source: src-a, facts', '{ source: src-nope, facts'),
      field: 'sources[0].source',
      found: '"src-nope"',
      expect: /src-a/,
    },
    {
      name: 'unknown aspect reference',
      file: 'programmes/p1.mdx',
      edit: (t) => t.replace('aspects: [A1]', 'aspects: [A10]'),
      field: 'aspects[0]',
      found: '"A10"',
      expect: /A1/,
    },
    {
      name: 'unknown related ID in a term',
      file: 'terms/gl01.mdx',
      edit: (t) => t.replace('related: [E1, A1]', 'related: [E1, E9]'),
      field: 'related[1]',
      found: '"E9"',
      expect: /existing entry/,
    },
    {
      name: 'bad date',
      file: 'statements/q1.mdx',
      edit: (t) => t.replace('"2024-07-25"', '"2024/07/25"'),
      field: 'date',
      found: '"2024/07/25"',
      expect: /YYYY-MM-DD/,
    },
    {
      name: 'inferred date without a date',
      file: 'statements/q1.mdx',
      edit: (t) => t.replace('date: "2024-07-25"\n', ''),
      field: 'date',
      expect: /needs a date/,
    },
    {
      name: 'fact without a date',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('date: "2024-07", ', ''),
      field: 'facts[0].date',
      expect: /needs a date/,
    },
    {
      name: 'entry without sources',
      file: 'aspects/a1.mdx',
      edit: (t) => t.replace('sources: [{ source: src-a }]', 'sources: []'),
      field: 'sources',
      expect: /at least one source/,
    },
    {
      name: 'enum out of range',
      file: 'targets/g1.mdx',
      edit: (t) => t.replace('certainty: commentary', 'certainty: sure'),
      field: 'certainty',
      found: '"sure"',
      expect: /plan, commentary, department, related/,
    },
    {
      name: 'measure under an unknown aspect',
      file: 'measures/m01.mdx',
      edit: (t) => t.replace('aspect: A1', 'aspect: A9'),
      field: 'aspect',
      found: '"A9"',
      expect: /content\/aspects/,
    },
    {
      name: 'progress link to an unknown target',
      file: 'progress/r01.mdx',
      edit: (t) => t.replace('target: G1', 'target: G99'),
      field: 'related[0].target',
      found: '"G99"',
      expect: /content\/targets/,
    },
    {
      name: 'flagged progress item without a caveat',
      file: 'progress/r01.mdx',
      edit: (t) => t.replace(/caveat: .*\n/, ''),
      field: 'caveat',
      expect: /needs a caveat/,
    },
    {
      name: 'progress indicator with an unknown period kind',
      file: 'progress/r01.mdx',
      edit: (t) => t.replace('periodKind: quarter', 'periodKind: season'),
      field: 'indicators[0].periodKind',
      found: '"season"',
      expect: /quarter, half, year/,
    },
    {
      name: 'progress link naming two entries',
      file: 'progress/r01.mdx',
      edit: (t) => t.replace('target: G1,', 'target: G1, industry: E1,'),
      field: 'related[0]',
      expect: /exactly one of industry, target or statement/,
    },
    {
      name: 'source URL that is not http',
      file: '../content/sources/src-a.yaml',
      edit: (t) => t.replace('https://example.org/a', 'javascript:alert(1)'),
      field: 'url',
      expect: /url|URL/,
    },
    {
      name: 'link to a flagged mirror site',
      file: '../content/sources/src-a.yaml',
      edit: (t) => t.replace('https://example.org/a', 'http://www.dingqianjf.com/news/show/1.html'),
      field: 'url',
      found: '"http://www.dingqianjf.com/news/show/1.html"',
      expect: /notes/,
    },
    {
      name: 'a script in the body',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('测试正文。', '测试正文。\n\n<script>alert(1)</script>'),
      field: '(body)',
      expect: /script/,
    },
    {
      name: 'a javascript: link in the body',
      file: 'industries/e1.mdx',
      edit: (t) => t.replace('测试正文。', '[点我](javascript:alert(1))'),
      field: '(body)',
      expect: /javascript/,
    },
    {
      name: 'broken YAML',
      file: 'aspects/a1.mdx',
      edit: (t) => t.replace('title: 测试方面', 'title: [测试方面'),
      field: '(YAML)',
      expect: /YAML/,
    },
    {
      name: 'file name that does not match the ID',
      file: 'aspects/a1.mdx',
      edit: (t) => t.replace('id: A1', 'id: A2'),
      field: '(file name)',
      found: '"a1"',
      expect: /a2/,
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name} with file and field`, () => {
      const root = broken(c.file, c.edit);
      const errors = check(root);
      const hit = errors.find((e) => e.field === c.field);
      expect(hit, JSON.stringify(errors, null, 1)).toBeDefined();
      expect(hit!.file).toBe(join('content', c.file).replace('content/../content/', 'content/'));
      if (c.found) expect(hit!.found).toBe(c.found);
      expect(`${hit!.expected} ${hit!.hint ?? ''}`).toMatch(c.expect);
      expect(hit!.expectedZh.length).toBeGreaterThan(1);
    });
  }

  it('reports a duplicate ID across two files', () => {
    const root = broken('aspects/a1.mdx', (t) => t);
    renameSync(join(root, 'content/aspects/a1.mdx'), join(root, 'content/aspects/a1-copy.mdx'));
    cpSync(join(root, 'content/aspects/a1-copy.mdx'), join(root, 'content/aspects/a1.mdx'));
    const errors = check(root);
    expect(errors.some((e) => e.field === 'id' && /already used/.test(e.expected))).toBe(true);
  });

  it('formats errors with file:line, field, found and expected in both languages', () => {
    const root = broken('programmes/p1.mdx', (t) => t.replace('year: 2024', 'year: "2024年"'));
    const report = formatContentReport(check(root));
    expect(report).toMatch(/✖ content\/programmes\/p1\.mdx:\d+/);
    expect(report).toContain('字段 field:    year');
    expect(report).toContain('发现 found:    "2024年"');
    expect(report).toMatch(/应为 expected: .+ \/ .+/);
    expect(report).toMatch(/1 problem\(s\) in 1 file\(s\)/);
  });
});
