import { KINDS, type EntryKind } from '../../ids.ts';
import { closestIds } from '../../content-errors.ts';
import { BODY, defineRule } from '../rule.ts';

const SEGMENT_TO_KIND = new Map<string, EntryKind>(
  Object.entries(KINDS).map(([kind, v]) => [v.segment, kind as EntryKind]),
);

/** The entry a site path (/industries/e3/) points to. */
function idFromPath(url: string): string | undefined {
  const m = /^\/([a-z]+)\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(url);
  const kind = m && SEGMENT_TO_KIND.get(m[1]);
  return kind ? (kind === 'sources' ? m[2] : m[2].toUpperCase()) : undefined;
}

/** <Ref id>, source="…" and links to entry pages that do not exist. */
export default defineRule({
  id: 'unknown-id',
  severity: 'error',
  zh: '编号不存在',
  what: '正文中 <Ref id="…">、source="…" 或站内链接用到的编号在 content/ 中找不到。',
  why: '链接会指向不存在的页面；构建也会失败。',
  en: 'unknown entry or source ID in an MDX body',
  expected: ['content/ 中已有的编号', 'an existing ID'],
  fix: 'no',
  checkFile({ body, ctx }, report) {
    if (!body) return;
    const { line } = body;
    for (const { el, attrs } of body.elements) {
      const [id, source] = [attrs.get('id'), attrs.get('source')];
      const field = `<${el.name} ${el.name === 'Ref' ? 'id' : 'source'}>`;
      if (el.name === 'Ref' && typeof id === 'string' && id && !ctx.ids.has(id))
        report(
          'unknown-id',
          { line: line(el), field },
          id,
          `content/ 中没有这个编号（注意大小写，如 E3、GL02、src-explainer）。最接近的编号：${closestIds(id, ctx.ids)}`,
        );
      if (typeof source === 'string' && source && !ctx.sourceIds.has(source))
        report(
          'unknown-id',
          { line: line(el), field },
          source,
          `content/sources 中没有这个来源。最接近的来源：${closestIds(source, ctx.sourceIds)}`,
        );
    }
    for (const link of body.links) {
      const id = idFromPath(link.url);
      if (id && !ctx.ids.has(id))
        report(
          'unknown-id',
          { line: line(link), field: BODY },
          link.url,
          `没有编号为 ${id} 的条目。建议用 <Ref id="…" /> 链接条目。最接近的编号：${closestIds(id, ctx.ids)}`,
        );
    }
  },
});
