// MDX bodies as the site's compiler sees them: parsed with remark-parse, GFM, remark-mdx and
// remark-cjk-friendly (as astro.config.mjs), so emphasis and components are what the site renders.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { visitParents } from 'unist-util-visit-parents';
import type { Node, Parent, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkCjkFriendly);

/** Parses an MDX body; throws the compiler's message (with line and column) on broken MDX. */
export const parseBody = (source: string): Root => processor.parse(source);

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export const isJsx = (node: Node): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** An element's attributes: a string, `true` for a bare attribute, or `{ expression }`. */
export function attributesOf(el: JsxElement): Map<string, string | true | { expression: string }> {
  const out = new Map<string, string | true | { expression: string }>();
  for (const a of el.attributes)
    if (a.type === 'mdxJsxAttribute')
      out.set(
        a.name,
        a.value === null || a.value === undefined
          ? true
          : typeof a.value === 'string'
            ? a.value
            : { expression: a.value.value },
      );
  return out;
}

/** Names of the components around a node, outermost first. */
const componentsAround = (ancestors: Node[]) => ancestors.filter(isJsx).map((el) => el.name ?? '');

/** Every text node a reader sees, with the names of the components it sits in. */
export function textNodes(tree: Root): Array<{ node: Text; within: string[] }> {
  const out: Array<{ node: Text; within: string[] }> = [];
  visitParents(tree, 'text', (node, ancestors) => {
    out.push({ node, within: componentsAround(ancestors) });
  });
  return out;
}

/** Every component element with its ancestors. */
export function elements(tree: Root): Array<{ el: JsxElement; ancestors: Parent[] }> {
  const out: Array<{ el: JsxElement; ancestors: Parent[] }> = [];
  visitParents(tree, (node, ancestors) => {
    if (isJsx(node)) out.push({ el: node, ancestors: ancestors as Parent[] });
  });
  return out;
}

/** The body source under a node (children only for elements: the text between the tags). */
export function sourceOf(source: string, node: Node, inner = false): string {
  const parent = node as Parent;
  const [first, last] = inner ? [parent.children[0], parent.children.at(-1)] : [node, node];
  const [start, end] = [first?.position?.start.offset, last?.position?.end.offset];
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** Regions a reader never sees as text: code, expressions and comments, ESM. */
export function hiddenRanges(tree: Root): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const HIDDEN = new Set([
    'code',
    'inlineCode',
    'mdxFlowExpression',
    'mdxTextExpression',
    'mdxjsEsm',
  ]);
  visitParents(tree, (node) => {
    if (HIDDEN.has(node.type) && node.position)
      out.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  });
  return out;
}
