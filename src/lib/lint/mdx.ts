// MDX bodies as the site's compiler sees them: parsed with remark-parse, GFM, remark-mdx and
// remark-cjk-friendly (as astro.config.mjs), so emphasis and components are what the site renders.
// The tree is walked once; every rule reads the lists this walk collects.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { visitParents } from 'unist-util-visit-parents';
import type { Link, Node, Parent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).use(remarkCjkFriendly);

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** An attribute value: a string, `true` for a bare attribute, or `{ expression }`. */
export type AttrValue = string | true | { expression: string };

export const isJsx = (node: Node): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Node types a reader never sees as text: code, expressions and comments, ESM. */
const HIDDEN = new Set('code inlineCode mdxFlowExpression mdxTextExpression mdxjsEsm'.split(' '));

/** Parses an MDX body (throws the compiler's message, with line, on broken MDX) and walks it. */
export function indexBody(source: string, firstLine: number) {
  const tree = processor.parse(source);
  const index = {
    tree,
    source,
    /** The file line of a node, or of the `at`th character of a text node's value. */
    line: (node: Node, at = 0) =>
      (node.position?.start.line ?? 1) +
      firstLine -
      1 +
      (('value' in node ? String(node.value) : '').slice(0, at).match(/\n/g)?.length ?? 0),
    /** Every text node a reader sees, with the names of the components it sits in (outermost first). */
    texts: [] as Array<{ node: Text; within: string[] }>,
    elements: [] as Array<{ el: JsxElement; ancestors: Parent[]; attrs: Map<string, AttrValue> }>,
    links: [] as Link[],
    /** Source ranges a reader never sees as text. */
    hidden: [] as Array<[number, number]>,
  };
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'text')
      index.texts.push({ node, within: ancestors.filter(isJsx).map((el) => el.name ?? '') });
    else if (node.type === 'link') index.links.push(node);
    else if (isJsx(node)) {
      const attrs = new Map<string, AttrValue>();
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute') continue;
        if (a.value == null || typeof a.value === 'string') attrs.set(a.name, a.value ?? true);
        else attrs.set(a.name, { expression: a.value.value });
      }
      index.elements.push({ el: node, ancestors: ancestors as Parent[], attrs });
    } else if (HIDDEN.has(node.type) && node.position)
      index.hidden.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  });
  return index;
}

export type BodyIndex = ReturnType<typeof indexBody>;

/** The body source between an element's tags. */
export function innerSource(source: string, el: Parent): string {
  const start = el.children[0]?.position?.start.offset;
  const end = el.children.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}
