import { describe, expect, it } from 'vitest';
import { explainYamlError, readContentYaml } from './content-yaml.ts';

describe('readContentYaml', () => {
  it('gives the line of any field, counted in the file', () => {
    const read = readContentYaml('id: E1\nfacts:\n  - text: 一条\n    fact: IND-E1-1\n', 2);
    expect(read.ok && read.lineOf(['facts', 0, 'fact'])).toBe(5);
    // A field that is not there: the line of the nearest one above it.
    expect(read.ok && read.lineOf(['facts', 0, 'date'])).toBe(4);
  });
});

describe('explainYamlError', () => {
  it('says nothing about YAML that parses', () => {
    expect(
      explainYamlError('content/terms/gl01.mdx', '---\nid: GL01\n---\n\n正文\n'),
    ).toBeUndefined();
  });

  it('names the file, line and column of a colon in a value, and the fix', () => {
    const text = '---\nid: GL01\ntitle: 专家称: 新词\n---\n';
    expect(explainYamlError('content/terms/gl01.mdx', text)).toMatch(
      /^content\/terms\/gl01\.mdx:3:11 {2}YAML 格式有误[\s\S]*全角“：”/,
    );
    expect(
      explainYamlError('content/sources/src-a.yaml', 'id: src-a\ntitle: 某报: 标题\n'),
    ).toMatch(/^content\/sources\/src-a\.yaml:2:10 /);
  });
});
