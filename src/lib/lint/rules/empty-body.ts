import { BODY, defineRule } from '../rule.ts';

export default defineRule({
  id: 'empty-body',
  severity: 'warning',
  zh: '正文只有注释',
  what: '正文里只有 {/* */} 注释（例如 npm run new 生成的示例），没有给读者看的文字。',
  why: '页面会显示一个空的“解读”框。写上解读，或者删掉注释让正文留空。',
  expected: ['正文有解读，或完全留空', 'a body with text, or none at all'],
  fix: 'no',
  checkFile({ body }, report) {
    const [first] = body?.tree.children ?? [];
    if (first && body!.tree.children.every((n) => n.type === 'mdxFlowExpression'))
      report(
        { line: body!.line(first), field: BODY },
        '{/* … */}',
        '把注释换成解读（1—3 段，本站自己的话）；暂时不写就删掉整段注释。',
      );
  },
});
