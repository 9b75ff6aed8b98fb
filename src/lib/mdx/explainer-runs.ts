// An entry's MDX body is our 解读, but an editor may put a source's words in it
// with <Quote> (原文). So that 原文 never sits inside a box labelled 解读, the body
// is cut at every top-level <Quote> (and <Note>, already a labelled 解读 block of
// its own): each run of ordinary content between them is wrapped in <Note>, the
// labelled 解读 block, and the cut-out blocks stand between the runs.

/** The few mdast node fields this needs (mdast plus the MDX node types). */
export interface BodyNode {
  type: string;
  name?: string | null;
  attributes?: unknown[];
  children?: BodyNode[];
  [key: string]: unknown;
}

/** Components that stand on their own between the 解读 runs. */
export const STANDALONE_COMPONENTS = new Set(['Quote', 'Note']);

/** Returns the root's children with each run of ordinary content wrapped in a 解读 block. */
export function wrapExplainerRuns(children: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  let run: BodyNode[] = [];
  const flush = () => {
    // ESM (import/export) must stay at the top level; comments and blank expressions carry no text.
    if (run.some((n) => n.type !== 'mdxjsEsm' && n.type !== 'mdxFlowExpression')) {
      out.push({
        type: 'mdxJsxFlowElement',
        name: 'Note',
        attributes: [],
        children: run.filter((n) => n.type !== 'mdxjsEsm'),
      });
      out.push(...run.filter((n) => n.type === 'mdxjsEsm'));
    } else out.push(...run);
    run = [];
  };
  for (const node of children) {
    if (node.type === 'mdxJsxFlowElement' && STANDALONE_COMPONENTS.has(node.name ?? '')) {
      flush();
      out.push(node);
    } else run.push(node);
  }
  flush();
  return out;
}

/** remark plugin: applies wrapExplainerRuns to MDX files (plain Markdown has no components to wrap in). */
export function remarkExplainerRuns() {
  return (tree: BodyNode, file: { path?: string }) => {
    if (!file.path?.endsWith('.mdx') || !tree.children) return;
    tree.children = wrapExplainerRuns(tree.children);
  };
}
