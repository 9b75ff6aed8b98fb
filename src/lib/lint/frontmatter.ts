// The YAML side of the lint: the string values of a frontmatter block or YAML file, with their
// field paths and lines, and rewriting one value in place for --fix.
import { parseDocument, isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import type { CollectionKey } from '../../schemas/shared.ts';
import { isQuotePath } from '../quotes.ts';
import { fieldName } from '../content-errors.ts';
import type { DataObject, Path } from './rule.ts';

/** Keys whose values are IDs, dates, enums or numbers, not prose. */
export const NOT_PROSE = new Set(
  'id source fact facts date dateStatus issued issuedStatus updated reliability certainty status aspect pillar aspects programmes industries related year value statedCount primary old'.split(
    ' ',
  ),
);
/** Names and search strings: checked for characters, not re-spaced. */
export const NO_AUTOCORRECT = new Set('aliases pinyin author outlet speaker issuers'.split(' '));

/** 原文 fields: the source's words, never rewritten. */
export function isVerbatimPath(collection: CollectionKey | undefined, path: Path): boolean {
  if (path.at(-1) === 'text' && path.length >= 2 && isQuotePath(path.slice(0, -1))) return true;
  if (path.includes('documentNumber')) return true;
  if (collection === 'sources' && path[0] === 'title') return true;
  return collection === 'plan' && ['title', 'shortTitle', 'issuers'].includes(String(path[0]));
}

/** The string scalars of a parsed YAML document, with their paths and lines. */
export function stringsIn(doc: Document, lineAt: (offset: number) => number) {
  const strings: Array<{ path: Path; node: Scalar<string>; line: number }> = [];
  const walk = (node: unknown, path: Path): void => {
    if (isMap(node))
      for (const p of node.items)
        walk(p.value, [...path, String(isScalar(p.key) ? p.key.value : p.key)]);
    else if (isSeq(node)) node.items.forEach((x, i) => walk(x, [...path, i]));
    else if (isScalar(node) && typeof node.value === 'string' && node.range)
      strings.push({ path, node: node as Scalar<string>, line: lineAt(node.range[0]) });
  };
  walk(doc.contents, []);
  return strings;
}

/** The edit that writes `value` into the scalar in its own style, if re-parsing gives exactly that. */
export function rewriteScalar(yamlText: string, node: Scalar, path: Path, value: string) {
  const [start, end] = node.range!;
  if (yamlText.slice(start, end).includes('\n')) return undefined;
  const json = JSON.stringify(value);
  const own: Record<string, string> = {
    PLAIN: value,
    QUOTE_SINGLE: `'${value.replaceAll("'", "''")}'`,
  };
  const text = [own[node.type ?? ''] ?? json, json].find((c) => {
    const doc = parseDocument(yamlText.slice(0, start) + c + yamlText.slice(end));
    return doc.errors.length === 0 && doc.getIn(path) === value;
  });
  return text === undefined ? undefined : { start, end, text };
}

/** Every object in parsed YAML data with its path (and, given `lineOf`, its line), depth first. */
export function objectsIn(
  data: unknown,
  lineOf: (p: DataObject['path']) => number = () => 0,
  path: DataObject['path'] = [],
): DataObject[] {
  if (Array.isArray(data)) return data.flatMap((x, i) => objectsIn(x, lineOf, [...path, i]));
  if (!data || typeof data !== 'object') return [];
  const rec = data as Record<string, unknown>;
  const fact =
    path.at(-2) === 'facts' && typeof path.at(-1) === 'number' && typeof rec.text === 'string';
  return [
    { path, field: fieldName(path), line: lineOf(path), rec, fact },
    ...Object.entries(rec).flatMap(([k, v]) => objectsIn(v, lineOf, [...path, k])),
  ];
}
