import { describe, expect, it } from 'vitest';
import { remarkExplainerRuns, wrapExplainerRuns, type BodyNode } from './explainer-runs.ts';

const p = (text: string): BodyNode => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});
const jsx = (name: string, text = ''): BodyNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: [],
  children: [p(text)],
});
const esm: BodyNode = { type: 'mdxjsEsm', value: 'export const x = 1;' };
const comment: BodyNode = { type: 'mdxFlowExpression', value: '/* editor note */' };
/** Each top-level block as "Name[children types]" or its type. */
const shape = (nodes: BodyNode[]) =>
  nodes.map((n) =>
    n.type === 'mdxJsxFlowElement'
      ? `${n.name}[${(n.children ?? []).map((c) => c.name ?? c.type).join(',')}]`
      : n.type,
  );

describe('wrapExplainerRuns', () => {
  it('wraps a body without quotes in one 解读 block', () => {
    expect(
      shape(wrapExplainerRuns([p('a'), { type: 'heading', depth: 2, children: [] }, p('b')])),
    ).toEqual(['Note[paragraph,heading,paragraph]']);
  });

  it('cuts the body at each top-level <Quote>, so 原文 is never inside a 解读 block', () => {
    const out = wrapExplainerRuns([
      p('a'),
      jsx('Quote', '原话'),
      p('b'),
      p('c'),
      jsx('Quote', '又一句'),
    ]);
    expect(shape(out)).toEqual([
      'Note[paragraph]',
      'Quote[paragraph]',
      'Note[paragraph,paragraph]',
      'Quote[paragraph]',
    ]);
  });

  it("leaves an editor's own <Note> standing alone instead of boxing it twice", () => {
    expect(shape(wrapExplainerRuns([jsx('Note', 'n'), p('a')]))).toEqual([
      'Note[paragraph]',
      'Note[paragraph]',
    ]);
  });

  it('keeps other components (Callout, Fact, Figure) inside the 解读 run', () => {
    expect(shape(wrapExplainerRuns([p('a'), jsx('Callout'), jsx('Figure')]))).toEqual([
      'Note[paragraph,Callout,Figure]',
    ]);
  });

  it('keeps import/export at the top level and makes no empty 解读 block from comments alone', () => {
    expect(shape(wrapExplainerRuns([esm, jsx('Quote'), comment]))).toEqual([
      'mdxjsEsm',
      'Quote[paragraph]',
      'mdxFlowExpression',
    ]);
    expect(shape(wrapExplainerRuns([esm, p('a')]))).toEqual(['Note[paragraph]', 'mdxjsEsm']);
  });

  it('returns an empty body unchanged', () => {
    expect(wrapExplainerRuns([])).toEqual([]);
  });
});

describe('remarkExplainerRuns', () => {
  it('changes MDX files only: plain Markdown cannot render components', () => {
    const tree = (): BodyNode => ({ type: 'root', children: [p('a')] });
    const md = tree();
    remarkExplainerRuns()(md, { path: '/x/content/terms/gl01.md' });
    expect(shape(md.children!)).toEqual(['paragraph']);
    const mdx = tree();
    remarkExplainerRuns()(mdx, { path: '/x/content/terms/gl01.mdx' });
    expect(shape(mdx.children!)).toEqual(['Note[paragraph]']);
  });
});
