import {
  MDX_COMPONENTS,
  isUnknownDate,
  type MdxComponentName,
} from '../../../schemas/mdx-components.ts';
import { STANDALONE_COMPONENTS } from '../../mdx/explainer-runs.ts';
import { BODY, defineRule, MISSING, type Report } from '../rule.ts';
import { isJsx, type AttrValue, type BodyIndex, type JsxElement } from '../mdx.ts';
import type { Parent } from 'mdast';

const NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
/** Hints where the shared schemas' messages are in English only. */
const HINTS: Record<string, string> = {
  date: '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2024-07），不详的写 unknown。',
  fact: '格式应如 IND-E3-1',
};

/** Why a <Quote>/<Note> does not stand alone between the 解读 blocks, if it does not. */
function notAlone(el: JsxElement, ancestors: Parent[], line: BodyIndex['line']) {
  const [parent, grand] = [ancestors.at(-1), ancestors.at(-2)];
  const onlyChild = parent?.children.every(
    (c) => c === el || (c.type === 'text' && !c.value.trim()),
  );
  if (
    parent?.type === 'root' ||
    (parent?.type === 'paragraph' && grand?.type === 'root' && onlyChild)
  )
    return undefined;
  const inside = ancestors.filter(isJsx).at(-1);
  if (inside) return `它在 <${inside.name}> 里面（第 ${line(inside)} 行打开）`;
  return ancestors.some((a) => a.type === 'listItem' || a.type === 'blockquote')
    ? '它在列表或引用块里'
    : '它和文字在同一段里';
}

/** Checks one element's attributes against its zod schema (src/schemas/mdx-components.ts). */
function checkProps(
  name: MdxComponentName,
  attrs: Map<string, AttrValue>,
  line: number,
  report: Report,
): void {
  const at = (key: string) => ({ line, field: `<${name} ${key}>` });
  const props: Record<string, unknown> = {};
  const shape = MDX_COMPONENTS[name].shape as Record<string, { isOptional(): boolean } | undefined>;
  for (const [key, value] of attrs) {
    if (typeof value !== 'object') props[key] = value;
    else if (key === 'source' || shape[key]?.isOptional() === false)
      report(
        at(key),
        `{${value.expression}}`,
        `请把 ${key} 写成带引号的文字，如 ${key}="…"，这样才能检查。`,
      );
    else props[key] = undefined;
  }
  const result = MDX_COMPONENTS[name].safeParse(props);
  for (const issue of result.error?.issues ?? []) {
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys')
      for (const k of issue.keys)
        report(
          at(k),
          k,
          `<${name}> 没有 ${k} 属性。可用的属性：${Object.keys(MDX_COMPONENTS[name].shape).join('、')}。`,
        );
    else if (key in props && props[key] === undefined)
      continue; // written as {…}: reported above
    else if (issue.code === 'custom')
      report(at(key), String(props[key]), issue.message, 'missing-date');
    else if (!(key in props) || props[key] === '')
      report(
        at(key),
        MISSING,
        key === 'date'
          ? '写上 date="2024"、"2024-07" 或 "2024-07-05"；来源确实没有日期的写 date="unknown"，并用 caveat 说明。'
          : `<${name}> ${issue.message}。`,
        key === 'source' ? 'missing-source' : key === 'date' ? 'missing-date' : undefined,
      );
    else report(at(key), String(props[key]), HINTS[key] ?? `${issue.message}。`);
  }
  if (name === 'Fact' && isUnknownDate(props.date) && !props.old && !props.caveat)
    report(
      at('caveat'),
      MISSING,
      '日期不详的事实请加 caveat="…"，说明为什么不知道日期。',
      'date-unknown-note',
    );
}

export default defineRule({
  id: 'component',
  severity: 'error',
  zh: '组件用法不对',
  what: '不认识的组件、缺少必填属性、属性取值不对、标签没有闭合（MDX 无法解析），以及没有单独成段的 <Quote>、<Note>（放进了其他组件、列表或句子里）。',
  why: '否则构建失败，或页面显示不对。',
  expected: ['正确的组件用法', 'valid component usage'],
  fix: 'no',
  checkFile({ body, bodyError }, report) {
    if (bodyError) {
      const { message, line } = bodyError;
      const open = /closing tag for `<(\w+)>`/.exec(message)?.[1];
      const hint = open
        ? `标签没有闭合：在内容后面加上 </${open}>，或写成 <${open} … />。`
        : `MDX 无法解析这一处（${message}）：检查 <、{ 和标签是否成对。`;
      report({ line, field: BODY }, open ? `<${open}>` : message, hint);
    }
    for (const { el, ancestors, attrs } of body?.elements ?? []) {
      const name = el.name ?? '';
      const where = { line: body!.line(el), field: `<${name}>` };
      if (!NAMES.includes(name as MdxComponentName)) {
        if (/^[A-Z]/.test(name))
          report(
            where,
            `<${name}>`,
            `不认识的组件。可用的组件：${NAMES.map((n) => `<${n}>`).join('、')}（见 src/components/mdx/README.md）。`,
          );
        continue;
      }
      const why = STANDALONE_COMPONENTS.has(name) ? notAlone(el, ancestors, body!.line) : undefined;
      if (why)
        report(
          where,
          `<${name}>`,
          `<${name}> 要单独成段：顶格写，前后各空一行，不放进其他组件、列表或句子里。现在${why}，${name === 'Quote' ? '原文会落进“解读”框' : '会出现框中套框'}。`,
        );
      checkProps(name as MdxComponentName, attrs, where.line, report);
    }
  },
});
