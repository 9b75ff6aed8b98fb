// Checks a schema cannot make field by field: that an entry's facts are numbered once each,
// that every source it cites is in its `sources:` list (the page lists and cites only those),
// and that MDX bodies compile and the IDs in them exist (the lint's unknown-id check).
import { fieldName, showFound, type ContentError } from './content-errors.ts';
import type { RawEntry } from './validate-entries.ts';
import { indexBody } from './lint/mdx.ts';
import { objectsIn } from './lint/frontmatter.ts';
import UNKNOWN_ID, { unknownIds } from './lint/rules/unknown-id.ts';

/** The IDs an MDX body may name: every entry with a page, and the sources apart. */
export function bodyIds(entries: readonly RawEntry[]) {
  const named = entries.filter((e) => e.collection !== 'plan' && e.collection !== 'tiers');
  const idsIn = (list: RawEntry[]) =>
    new Set(list.flatMap((e) => (typeof e.data.id === 'string' ? [e.data.id] : [])));
  return { ids: idsIn(named), sourceIds: idsIn(named.filter((e) => e.collection === 'sources')) };
}

/** Every `source` cited in an entry's data outside its `sources:` list, with its path. */
const citedInData = (data: unknown) =>
  objectsIn(data)
    .filter((o) => o.path[0] !== 'sources' && typeof o.rec.source === 'string')
    .map((o) => ({ path: [...o.path, 'source'], source: String(o.rec.source) }));

/** The fact-sheet prefix of an entry's facts: IND-E6- for industry E6, else the one its facts use most. */
function factPrefix(entry: RawEntry): string | undefined {
  if (entry.collection === 'industries') return `IND-${String(entry.data.id)}-`;
  const counts = new Map<string, number>();
  for (const f of factsOf(entry)) {
    const prefix = /^(.*-)\d+$/.exec(f.fact)?.[1];
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const factsOf = (entry: RawEntry) =>
  (Array.isArray(entry.data.facts) ? entry.data.facts : []).filter(
    (f): f is { fact: string } => typeof f?.fact === 'string',
  );

/** How fact IDs are numbered, and the next number after the highest one the content uses. */
export function factNumberingHint(entry: RawEntry, entries: readonly RawEntry[]): string {
  const prefix = factPrefix(entry);
  const numbers = prefix
    ? [...new Set(entries.flatMap((e) => factsOf(e).map((f) => f.fact)))]
        .filter((id) => id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)))
        .map((id) => Number(id.slice(prefix.length)))
        .sort((a, b) => a - b)
    : [];
  const used = numbers.map((n) => `${prefix}${n}`);
  const next = prefix ? `${prefix}${Math.max(0, ...numbers) + 1}` : undefined;
  return (
    'fact 是这条事实在事实核查表（fact-sheet.md）里的编号：类别-对象-序号，如 IND-E3-1 是产业方向 E3 的第 1 条，TGT-2、PRG-6 是目标和进展的第 2、6 条。' +
    '核查表里已有这条事实时用它的编号；没有时先在核查表登记' +
    (next
      ? `，下一个空闲的编号是 ${next}（本站已用到 ${used.length ? used.join('、') : '无'}）。`
      : '。')
  );
}

/**
 * Facts numbered twice in one entry, cited sources missing from `sources:`, and unknown IDs in
 * bodies. `bodies` are the MDX bodies read with the entries.
 */
export function checkCitations(
  entries: readonly RawEntry[],
  bodies: ReadonlyArray<{ file: string; body: string; bodyLine: number }>,
): ContentError[] {
  const errors: ContentError[] = [];
  const readable = entries.filter((e) => !e.unreadable);
  const { ids, sourceIds } = bodyIds(entries);
  const byFile = new Map(readable.map((e) => [e.file, e]));
  const listedIn = (e: RawEntry) =>
    new Set(
      (Array.isArray(e.data.sources) ? e.data.sources : []).map(
        (s) => (s as { source?: unknown })?.source,
      ),
    );
  const notListed = (e: RawEntry, source: string, field: string, line?: number): ContentError => ({
    file: e.file,
    line,
    field,
    found: showFound(source),
    expected: `a source listed in the entry's sources: (the page lists and cites only those)`,
    expectedZh: '本条 sources 里列出的来源（页面的来源列表和完整引用只列 sources 里的来源）',
    hint: `在 sources 里加上 - source: ${source}（写明 locator 和 facts），或改用已列出的来源。`,
  });

  for (const e of readable) {
    if (!Array.isArray(e.data.sources)) continue; // plan.yaml and tiers.yaml list none
    const listed = listedIn(e);
    const seen = new Map<string, number>();
    factsOf(e).forEach((f, i) => {
      const first = seen.get(f.fact);
      if (first === undefined) return void seen.set(f.fact, i);
      errors.push({
        file: e.file,
        line: e.lineOf?.(['facts', i, 'fact']),
        field: `facts[${i}].fact`,
        found: showFound(f.fact),
        expected: `a fact-sheet ID not used by another fact of this entry (facts[${first}] has it)`,
        expectedZh: `本条其他事实没用过的编号（第 ${e.lineOf?.(['facts', first, 'fact']) ?? '?'} 行的 facts[${first}] 已用 ${f.fact}）`,
        hint: factNumberingHint(e, entries),
      });
    });
    for (const c of citedInData(e.data))
      if (sourceIds.has(c.source) && !listed.has(c.source))
        errors.push(notListed(e, c.source, fieldName(c.path), e.lineOf?.(c.path)));
  }

  const unknown = UNKNOWN_ID.expected;
  for (const b of bodies) {
    const e = byFile.get(b.file);
    let body;
    try {
      body = indexBody(b.body, b.bodyLine);
    } catch (err) {
      const { line, column, reason } = err as { line?: number; column?: number; reason?: string };
      errors.push({
        file: b.file,
        line: line && line + b.bodyLine - 1,
        column,
        field: '(body)',
        found: showFound(reason ?? String(err)),
        expected: 'an MDX body the site can compile',
        expectedZh: '网站能编译的 MDX 正文（组件要闭合，属性值用英文双引号，{ } 要配对）',
        hint: '运行 npm run lint:content 查看这一处的详细说明。',
      });
      continue;
    }
    const missing = unknownIds(body, ids, sourceIds);
    for (const m of missing)
      errors.push({
        file: b.file,
        ...m,
        found: showFound(m.found),
        expected: unknown[1],
        expectedZh: unknown[0],
      });
    if (!e || !Array.isArray(e.data.sources)) continue;
    for (const { el, attrs } of body.elements) {
      const source = attrs.get('source');
      if (typeof source === 'string' && sourceIds.has(source) && !listedIn(e).has(source))
        errors.push(notListed(e, source, `<${el.name} source>`, body.line(el)));
    }
  }
  return errors;
}
