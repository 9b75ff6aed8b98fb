import { entryOfPath } from '../../kinds.ts';
import { closestIds } from '../../content-errors.ts';
import type { BodyIndex } from '../mdx.ts';
import { BODY, defineRule, type Where } from '../rule.ts';

/**
 * <Ref id>, source="…" and links to entry pages in an MDX body that name no entry: the one
 * definition of the check, shared by the lint and the content check (validate-citations.ts).
 */
export function unknownIds(
  body: BodyIndex,
  { ids, sourceIds }: Record<'ids' | 'sourceIds', ReadonlySet<string>>,
) {
  const found: Array<Where & { found: string; hint: string }> = [];
  for (const { el, attrs } of body.elements) {
    const [id, source] = [attrs.get('id'), attrs.get('source')];
    const line = body.line(el);
    if (el.name === 'Ref' && typeof id === 'string' && id && !ids.has(id))
      found.push({
        line,
        field: '<Ref id>',
        found: id,
        hint: `content/ 中没有这个编号（注意大小写，如 E3、GL02、src-explainer）。最接近的编号 closest: ${closestIds(id, ids)}`,
      });
    if (typeof source === 'string' && source && !sourceIds.has(source))
      found.push({
        line,
        field: `<${el.name} source>`,
        found: source,
        hint: `content/sources 中没有这个来源。最接近的来源 closest: ${closestIds(source, sourceIds)}`,
      });
  }
  for (const link of body.links) {
    const id = entryOfPath(link.url)?.id;
    if (id && !ids.has(id))
      found.push({
        line: body.line(link),
        field: BODY,
        found: link.url,
        hint: `没有编号为 ${id} 的条目。建议用 <Ref id="…" /> 链接条目。最接近的编号 closest: ${closestIds(id, ids)}`,
      });
  }
  return found;
}

export default defineRule({
  id: 'unknown-id',
  severity: 'error',
  zh: '编号不存在',
  what: '正文中 <Ref id="…">、source="…" 或站内链接用到的编号在 content/ 中找不到。',
  why: '链接会指向不存在的页面；构建也会失败。',
  expected: ['content/ 中已有的编号', 'an existing ID'],
  fix: 'no',
  checkFile({ body, ctx }, report) {
    for (const { found, hint, ...where } of body ? unknownIds(body, ctx) : [])
      report(where, found, hint);
  },
});
