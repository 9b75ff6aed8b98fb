/**
 * The MDX components editors may use in bodies (src/components/mdx/), as the
 * lint sees them: which attributes they need and which values are allowed.
 * Keep in step with src/components/mdx/README.md.
 */
import { KINDS } from '../ids.ts';

export interface ComponentSpec {
  /** Attributes that must be present. */
  required: readonly string[];
  /** Every attribute the component knows. */
  known: readonly string[];
  /** Whether the component wraps text (`<X>…</X>`) or stands alone (`<X />`). */
  children: boolean;
  /** Attributes whose value is the ID of a source (checked against content/sources). */
  sourceAttrs?: readonly string[];
  /** Allowed values of some attributes. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Shape of some attribute values. */
  patterns?: Readonly<Record<string, { re: RegExp; example: string }>>;
}

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const FACT_ID = /^[A-Z]+(-[A-Z0-9]+)*-\d+$/;
/** `date="unknown"` (or 未知) says the date is not known — never leave it out. */
export const UNKNOWN_DATE = new Set(['unknown', '未知']);

export const COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Quote: {
    required: ['source'],
    known: ['source', 'locator', 'speaker'],
    children: true,
    sourceAttrs: ['source'],
  },
  Note: { required: [], known: ['heading'], children: true },
  Fact: {
    required: ['source', 'date'],
    known: ['source', 'date', 'dateStatus', 'fact', 'old', 'caveat', 'locator'],
    children: true,
    sourceAttrs: ['source'],
    values: { dateStatus: ['stated', 'inferred', 'unknown'] },
    patterns: { fact: { re: FACT_ID, example: 'IND-E3-1' } },
  },
  Callout: {
    required: [],
    known: ['type', 'title'],
    children: true,
    values: { type: ['info', 'warning'] },
  },
  Figure: {
    required: ['src', 'alt'],
    known: ['src', 'alt', 'caption', 'source', 'locator', 'width', 'height'],
    children: false,
    sourceAttrs: ['source'],
  },
  Ref: { required: ['id'], known: ['id'], children: false },
};

export const COMPONENT_NAMES = Object.keys(COMPONENTS);

/** Where a page's MDX body lives: `/glossary/gl22/` → `/glossary/gl22/ (content/terms/gl22.mdx)`. */
export function describePage(pathname: string): string {
  const m = /^\/([a-z]+)\/([a-z0-9-]+)\/?$/.exec(pathname);
  const kind = m ? Object.entries(KINDS).find(([, v]) => v.segment === m[1])?.[0] : undefined;
  if (!m || !kind) return pathname;
  return `${pathname} (${kind === 'sources' ? `content/sources/${m[2]}.yaml` : `content/${kind}/${m[2]}.mdx`})`;
}

/** Lists IDs for an error message: all of them up to `max`, then a count. */
export function listIds(ids: readonly string[], max = 60): string {
  return ids.length > max
    ? `${ids.slice(0, max).join(', ')} …（共 ${ids.length} 个 / ${ids.length} in all）`
    : ids.join(', ') || '(none / 暂无)';
}

/** Build error for a component whose `source` is not in content/sources. */
export function unknownSourceMessage(
  component: string,
  id: string | undefined,
  valid: readonly string[],
  page: string,
): string {
  return (
    `<${component} source="${id ?? ''}"> on ${describePage(page)}: ${id ? `unknown source ID "${id}"` : 'missing source'} / ` +
    `${id ? `content/sources 中没有来源 "${id}"` : '缺少 source 属性'}。\n` +
    `Valid source IDs / 可用的来源：${listIds(valid)}\n` +
    `Run \`npm run lint:content\` to see the file and line / 运行 npm run lint:content 可看到文件和行号。`
  );
}

/** Build error for <Ref id> with an ID that no entry has. */
export function unknownRefMessage(
  id: string | undefined,
  valid: readonly string[],
  page: string,
): string {
  return (
    `<Ref id="${id ?? ''}"> on ${describePage(page)}: ${id ? `unknown ID "${id}"` : 'missing id'} / ${id ? `没有编号为 "${id}" 的条目` : '缺少 id 属性'}。\n` +
    `Valid IDs / 可用的编号：${listIds(valid)}\n` +
    `Run \`npm run lint:content\` to see the file and line / 运行 npm run lint:content 可看到文件和行号。`
  );
}
