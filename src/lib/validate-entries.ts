import { z } from 'astro/zod';
import { basename, extname } from 'node:path';
import {
  COLLECTIONS,
  CONTENT_LAYOUT,
  type CollectionKey,
  type ReferenceFn,
} from '../schemas/shared.ts';
import { buildSchemas } from '../schemas/index.ts';
import { closestIds, fieldName, showFound, type ContentError } from './content-errors.ts';
import { pageIds, type ContentRead } from './content-files.ts';
import { checkCitations, factNumberingHint } from './validate-citations.ts';
import { checkPublishedIds, readPublishedIds } from './published-ids.ts';

/** One content entry as read from disk (its YAML data), before validation. */
export interface RawEntry {
  collection: CollectionKey;
  file: string;
  data: Record<string, unknown>;
  lineOf?: (path: readonly PropertyKey[]) => number;
  /** Its YAML does not parse: `data` holds only the ID its file name gives it. */
  unreadable?: boolean;
}

/** The schemas with references checked against `ids`, so zod reports an unknown ID at its path. */
export function checkingSchemas(ids: ReadonlyMap<CollectionKey, readonly string[]>) {
  const ref = (c: CollectionKey) =>
    z
      .string({ error: `expected the ID of an entry in ${c}` })
      .refine((id) => ids.get(c)?.includes(id), {
        error: (issue) =>
          `content/${c} 中没有 "${String(issue.input)}" / not an existing entry in content/${c}${c === 'sources' ? '（新来源先用 npm run new -- --kind source 建立）' : ''}。最接近的 closest: ${closestIds(String(issue.input), ids.get(c) ?? [])}`,
      });
  return buildSchemas(ref as unknown as ReferenceFn);
}

const ZH_BY_CODE: Record<string, string> = {
  invalid_type: '类型不对或缺少此字段',
  too_small: '太短或太少',
  too_big: '太长或太多',
  invalid_format: '格式不对',
  invalid_value: '不是允许的取值',
  unrecognized_keys: '有不认识的字段',
  invalid_union: '格式不对',
};

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, seg) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined),
    data,
  );
}

function hintFor(issue: z.core.$ZodIssue, found: unknown): string | undefined {
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `可选值 allowed: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type' && found === undefined)
    return `请补上字段 add the field "${String(issue.path.at(-1) ?? '')}"`;
  if (issue.code === 'invalid_type')
    return `应为 ${issue.expected} 类型 / expected a ${issue.expected}（数字不要加引号或单位 numbers without quotes or units）`;
  return undefined;
}

/**
 * Every entry against its schema, then what a schema cannot see alone: IDs are unique, file
 * names match IDs, and a term's related IDs exist in any collection.
 */
export function validateEntries(entries: RawEntry[]): ContentError[] {
  const ids = new Map<CollectionKey, string[]>(COLLECTIONS.map((c) => [c, []]));
  for (const e of entries)
    if (typeof e.data.id === 'string') ids.get(e.collection)!.push(e.data.id);
  const schemas = checkingSchemas(ids);
  const anyId = [...ids.values()].flat();
  const fileOfId = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const entry of entries) {
    if (entry.unreadable) continue;
    const result = schemas[entry.collection].safeParse(entry.data);
    for (const issue of result.error?.issues ?? []) {
      const found = getAt(entry.data, issue.path);
      errors.push({
        file: entry.file,
        line: entry.lineOf?.(issue.path),
        field: fieldName(issue.path),
        found: showFound(found),
        expected: issue.message,
        expectedZh: ZH_BY_CODE[issue.code] ?? '不符合规则',
        hint:
          issue.path.at(-1) === 'fact' && found === undefined
            ? factNumberingHint(entry, entries)
            : hintFor(issue, found),
      });
    }
    const id = entry.data.id;
    const key = `${entry.collection}/${String(id)}`;
    const other = fileOfId.get(key);
    if (other && typeof id === 'string')
      errors.push({
        file: entry.file,
        line: entry.lineOf?.(['id']),
        field: 'id',
        found: showFound(id),
        expected: `an ID not used by another entry (already used in ${other})`,
        expectedZh: `不与其他条目重复的 ID（${other} 已在用）`,
        hint: '新条目请用下一个空闲的 ID；已发布的 ID 不能改名。',
      });
    else fileOfId.set(key, entry.file);
    if (!result.success) continue;
    const { kind } = CONTENT_LAYOUT[entry.collection];
    const stem = basename(entry.file, extname(entry.file));
    const named = String(id).toLowerCase();
    if ((kind === 'mdx' || kind === 'yaml-dir') && stem !== named)
      errors.push({
        file: entry.file,
        field: '(file name)',
        found: showFound(stem),
        expected: `the file to be named after its ID: ${named}`,
        expectedZh: `文件名与 ID 一致：${named}`,
        hint: `把文件改名为 ${named}，或改正 id 字段。`,
      });
    const related = entry.collection === 'terms' ? (entry.data.related as string[]) : [];
    related?.forEach((rid, i) => {
      if (!anyId.includes(rid))
        errors.push({
          file: entry.file,
          line: entry.lineOf?.(['related']),
          field: `related[${i}]`,
          found: showFound(rid),
          expected: 'the ID of an existing entry in any collection',
          expectedZh: '任一类条目中已有的编号',
          hint: `最接近的编号 closest IDs: ${closestIds(rid, anyId)}`,
        });
    });
  }
  return errors;
}

/** Markup an MDX body must not carry: raw scripts, event handlers, and javascript: links. */
const UNSAFE_BODY: Array<[pattern: RegExp, what: string]> = [
  [/<\s*(script|iframe|object|embed|style)\b/i, 'raw <script>/<iframe>/<style> markup'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an on…= event handler attribute'],
  [/(\]\(|href\s*=\s*["'{]?)\s*(javascript|data|vbscript):/i, 'a javascript:/data: link'],
];

/** Markup in MDX bodies that could run code in a reader's browser (read line by line: JSX inside {expressions} is not in the MDX tree). */
export function checkBodies(bodies: ContentRead['bodies']): ContentError[] {
  return bodies.flatMap((b) =>
    b.body.split('\n').flatMap((line, i) => {
      // Code spans and backslash-escaped brackets are shown as text, so they are harmless.
      const live = line.replace(/`[^`]*`/g, '').replace(/\\</g, '');
      return UNSAFE_BODY.filter(([pattern]) => pattern.test(live)).map(([, what]) => ({
        file: b.file,
        line: b.bodyLine + i,
        field: '(body)',
        found: showFound(line.trim()),
        expected: `plain text, Markdown and the editor components, not ${what}`,
        expectedZh:
          '正文只能用文字、Markdown 和编辑组件，不能包含脚本、事件属性或 javascript: 链接',
        hint: '删除这段代码；链接请用 https:// 地址或 <Ref id="E3" />。',
      }));
    }),
  );
}

/** The content check (npm run check:content, and npm run new before it writes). */
export function checkContent(root: string, read: ContentRead): ContentError[] {
  const { published, redirects } = readPublishedIds(root);
  return [
    ...read.errors,
    ...validateEntries(read.entries),
    ...checkBodies(read.bodies),
    ...checkCitations(read.entries, read.bodies),
    ...checkPublishedIds(published, pageIds(read.entries).ids, redirects),
  ];
}
