// Checks a schema cannot make field by field: that an entry's facts are numbered once each,
// that every source it cites is in its `sources:` list (the page lists and cites only those),
// and that MDX bodies compile and the IDs in them exist (the lint's unknown-id check).
import { fieldName, showFound, type ContentError } from './content-errors.ts';
import type { RawEntry } from './validate-entries.ts';
import { pageIds, type ContentRead } from './content-files.ts';
import { indexBody, type BodyIndex } from './lint/mdx.ts';
import { objectsIn } from './lint/frontmatter.ts';
import UNKNOWN_ID, { unknownIds } from './lint/rules/unknown-id.ts';

const factsOf = (entry: RawEntry) =>
  (Array.isArray(entry.data.facts) ? entry.data.facts : []).filter(
    (f): f is { fact: string } => typeof f?.fact === 'string',
  );

/** How fact IDs are numbered, and the next number after the highest one the content uses. */
export function factNumberingHint(entry: RawEntry, entries: readonly RawEntry[]): string {
  const how =
    'fact 是这条事实在事实核查表（fact-sheet.md）里的编号：类别-对象-序号，如 IND-E3-1 是产业方向 E3 的第 1 条，TGT-2、PRG-6 是目标和进展的第 2、6 条。' +
    '核查表里已有这条事实时用它的编号；没有时先在核查表登记';
  // The fact-sheet prefix: IND-E6- for industry E6, else the one the entry's facts use most.
  const prefixes = factsOf(entry).flatMap((f) => /^(.*-)\d+$/.exec(f.fact)?.[1] ?? []);
  const byUse = Object.entries(Object.groupBy(prefixes, (p) => p));
  byUse.sort((a, b) => b[1]!.length - a[1]!.length);
  const prefix =
    entry.collection === 'industries' ? `IND-${String(entry.data.id)}-` : byUse[0]?.[0];
  if (!prefix) return `${how}。`;
  const numbers = [...new Set(entries.flatMap((e) => factsOf(e).map((f) => f.fact)))]
    .filter((id) => id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)))
    .map((id) => Number(id.slice(prefix.length)))
    .sort((a, b) => a - b);
  const used = numbers.map((n) => `${prefix}${n}`).join('、') || '无';
  return `${how}，下一个空闲的编号是 ${prefix}${Math.max(0, ...numbers) + 1}（本站已用到 ${used}）。`;
}

/** Fact IDs used twice in an entry, cited sources not in `sources:`, broken or dangling bodies. */
export function checkCitations(entries: readonly RawEntry[], bodies: ContentRead['bodies']) {
  const errors: ContentError[] = [];
  const known = pageIds(entries);
  const [unknownZh, unknownEn] = UNKNOWN_ID.expected;
  const parsed = new Map<string, BodyIndex>();
  for (const b of bodies) {
    try {
      parsed.set(b.file, indexBody(b.body, b.bodyLine));
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
    for (const { found, ...where } of unknownIds(parsed.get(b.file)!, known))
      errors.push({
        file: b.file,
        ...where,
        found: showFound(found),
        expected: unknownEn,
        expectedZh: unknownZh,
      });
  }

  for (const e of entries) {
    // plan.yaml and tiers.yaml list no sources
    if (e.unreadable || !Array.isArray(e.data.sources)) continue;
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
    const listed = new Set(e.data.sources.map((s) => (s as { source?: unknown })?.source));
    const body = parsed.get(e.file);
    // Every `source` cited in the data outside `sources:`, and in the body's components.
    const cited = [
      ...objectsIn(e.data)
        .filter((o) => o.path[0] !== 'sources' && typeof o.rec.source === 'string')
        .map((o) => {
          const path = [...o.path, 'source'];
          return { source: o.rec.source, field: fieldName(path), line: e.lineOf?.(path) };
        }),
      ...(body?.elements ?? []).map(({ el, attrs }) => ({
        source: attrs.get('source'),
        field: `<${el.name} source>`,
        line: body!.line(el),
      })),
    ];
    for (const { source, field, line } of cited)
      if (typeof source === 'string' && known.sourceIds.has(source) && !listed.has(source))
        errors.push({
          file: e.file,
          line,
          field,
          found: showFound(source),
          expected: `a source listed in the entry's sources: (the page lists and cites only those)`,
          expectedZh: '本条 sources 里列出的来源（页面的来源列表和完整引用只列 sources 里的来源）',
          hint: `在 sources 里加上 - source: ${source}（写明 locator 和 facts），或改用已列出的来源。`,
        });
  }
  return errors;
}
