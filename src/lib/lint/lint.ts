// The content lint for one file: frontmatter strings and the MDX body. Returns
// findings (ContentError + rule + severity) and, with `fix`, the repaired text.
import {
  LineCounter,
  parseDocument,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Scalar,
} from 'yaml';
import { showFound, type ContentError } from '../content-errors.ts';
import { kindOfId, compareIds, KINDS, type EntryKind } from '../ids.ts';
import type { CollectionKey } from '../../schemas/shared.ts';
import { RULE_BY_ID, type RuleId } from './rules.ts';
import { checkProse, checkRaw, fixText, type TextHit, type TextOptions } from './text.ts';
import { scanBody, lineAt, proseLines, type JsxTag } from './mdx-scan.ts';
import { STANDALONE_COMPONENTS } from '../mdx/explainer-runs.ts';
import { isQuotePath } from '../quotes.ts';
import { COMPONENTS, COMPONENT_NAMES, PARTIAL_DATE, UNKNOWN_DATE } from './components.ts';
import { unrenderedEmphasis, mayHaveEmphasis } from './emphasis.ts';

/** One lint finding: a ContentError (file, line, field, found, expected in both languages, hint) with its rule. */
export interface LintFinding extends ContentError {
  rule: RuleId;
  severity: 'error' | 'warning';
  /** Whether `--fix` repairs it. */
  fixable: boolean;
}

/** What the lint knows about the whole content tree. */
export interface LintContext {
  /** IDs of every entry that has a page (industries … terms, and sources). */
  ids: ReadonlySet<string>;
  /** IDs of content/sources. */
  sourceIds: ReadonlySet<string>;
  flaggedHosts: readonly string[];
}

export interface LintInput {
  /** Path relative to the project root, as printed. */
  file: string;
  text: string;
  collection?: CollectionKey;
}

export interface LintResult {
  findings: LintFinding[];
  /** The repaired file text, when `fix` was asked for and something changed. */
  fixed?: string;
}

type Path = Array<string | number>;

// ───────────────────────── messages ─────────────────────────

const EXPECT: Record<RuleId, [zh: string, en: string]> = {
  traditional: ['简体字', 'simplified characters'],
  pinyin: ['不带拼音注音', 'no pinyin annotation'],
  mojibake: ['没有乱码和网页残留', 'no mojibake or scraped-page residue'],
  spam: ['没有垃圾广告词', 'no spam'],
  'flagged-link': ['不链接核查表标记的镜像站或垃圾站', 'no link to a flagged mirror or spam site'],
  emphasis: ['能正常显示的加粗', 'emphasis that renders'],
  'missing-source': ['注明来源', 'a source'],
  'missing-date': ['注明日期', 'a date'],
  'unknown-id': ['content/ 中已有的编号', 'an existing ID'],
  component: ['正确的组件用法', 'valid component usage'],
  spacing: ['汉字与字母、数字之间有空格', 'a space between CJK and Latin letters or digits'],
  punctuation: ['中文里用全角标点', 'full-width punctuation in Chinese text'],
  'repeated-punctuation': ['标点不重复', 'no repeated punctuation'],
  'date-unknown-note': ['说明日期为何不详', 'a caveat explaining the unknown date'],
  'empty-body': ['正文有解读，或完全留空', 'a body with text, or none at all'],
};

const FIX_HINT = '可运行 npm run lint:content -- --fix 自动修复。';
const JUNK_HINT = '这一处是垃圾广告或网页残留，--fix 不处理：请删除整行或整段。';

/** Marks a finding as not repaired by --fix (it sits in spam or scrape residue that must be deleted by hand). */
function notFixable(f: LintFinding): LintFinding {
  return f.fixable
    ? { ...f, fixable: false, hint: `${(f.hint ?? '').replace(FIX_HINT, '').trim()} ${JUNK_HINT}` }
    : f;
}

function make(
  rule: RuleId,
  where: { file: string; line?: number; field: string },
  found: string,
  hint: string,
  fixable = false,
): LintFinding {
  const [expectedZh, expected] = EXPECT[rule];
  return {
    ...where,
    found: showFound(found),
    expected,
    expectedZh,
    hint: fixable ? `${hint} ${FIX_HINT}`.trim() : hint,
    rule,
    severity: RULE_BY_ID[rule].severity,
    fixable,
  };
}

function fromTextHit(
  h: TextHit,
  where: { file: string; line?: number; field: string },
  verbatim: boolean,
): LintFinding {
  let hint: string;
  switch (h.rule) {
    case 'traditional':
      hint = `改为 "${h.suggestion}"（${h.detail}）。`;
      if (!h.fixable)
        hint += verbatim
          ? ' 这是原文：--fix 不会改，请对照来源逐字改为简体。'
          : ' 这段在引号或书名号内：--fix 不会改，请对照来源改为简体。';
      break;
    case 'pinyin':
      hint = `删掉括号里的拼音，改为 "${h.suggestion}"。`;
      break;
    case 'spacing':
    case 'punctuation':
      hint = `改为 "${h.suggestion}"。`;
      break;
    case 'repeated-punctuation':
      hint = `只留一个：${h.suggestion}`;
      break;
    default:
      hint = `${h.suggestion ?? ''}${h.detail ? `（${h.detail}）` : ''}`;
  }
  return make(h.rule, where, h.found, hint, h.fixable);
}

function similarIds(id: string, pool: Iterable<string>): string {
  const kind = kindOfId(id);
  const all = [...pool];
  const same = kind ? all.filter((x) => kindOfId(x) === kind) : [];
  const list = (same.length ? same : all).sort(compareIds);
  return list.slice(0, 40).join(', ') + (list.length > 40 ? ' …' : '');
}

// ───────────────────────── frontmatter / YAML ─────────────────────────

/** Keys whose values are IDs, dates, enums or numbers, not prose. */
const NOT_PROSE = new Set([
  'id',
  'source',
  'fact',
  'facts',
  'date',
  'dateStatus',
  'issued',
  'issuedStatus',
  'updated',
  'reliability',
  'certainty',
  'status',
  'aspect',
  'pillar',
  'aspects',
  'programmes',
  'industries',
  'related',
  'year',
  'value',
  'statedCount',
  'primary',
  'old',
]);
/** Names and search strings: checked for characters, not re-spaced. */
const NO_AUTOCORRECT = new Set(['aliases', 'pinyin', 'author', 'outlet', 'speaker', 'issuers']);

/** 原文 fields: the source's words, never rewritten. */
export function isVerbatimPath(collection: CollectionKey | undefined, path: Path): boolean {
  const n = path.length;
  if (n >= 2 && path[n - 1] === 'text' && isQuotePath(path.slice(0, -1))) return true;
  if (path.includes('documentNumber')) return true;
  if (collection === 'sources' && path[0] === 'title') return true;
  if (
    collection === 'plan' &&
    (path[0] === 'title' || path[0] === 'shortTitle' || path[0] === 'issuers')
  )
    return true;
  return false;
}

function fieldName(path: Path): string {
  return (
    path.reduce<string>(
      (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
      '',
    ) || '(entry)'
  );
}

function keyOf(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--)
    if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function walkScalars(node: unknown, path: Path, out: Array<{ path: Path; node: Scalar }>): void {
  if (isMap(node))
    for (const p of node.items)
      walkScalars(p.value, [...path, String(isScalar(p.key) ? p.key.value : p.key)], out);
  else if (isSeq(node)) node.items.forEach((x, i) => walkScalars(x, [...path, i], out));
  else if (isScalar(node)) out.push({ path, node });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The YAML source for a new string value, in the scalar's style, if re-parsing gives exactly that value. */
function rewriteScalar(
  yamlText: string,
  node: Scalar,
  path: Path,
  value: string,
): Edit | undefined {
  const [start, end] = node.range!;
  const raw = yamlText.slice(start, end);
  if (raw.includes('\n')) return undefined;
  const candidates: string[] = [];
  if (node.type === 'PLAIN') candidates.push(value, JSON.stringify(value));
  else if (node.type === 'QUOTE_DOUBLE') candidates.push(JSON.stringify(value));
  else if (node.type === 'QUOTE_SINGLE')
    candidates.push(`'${value.replaceAll("'", "''")}'`, JSON.stringify(value));
  for (const c of candidates) {
    const doc = parseDocument(yamlText.slice(0, start) + c + yamlText.slice(end));
    if (doc.errors.length === 0 && doc.getIn(path) === value) return { start, end, text: c };
  }
  return undefined;
}

function lineOfPath(doc: Document, lc: LineCounter, path: Path, firstLine: number): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lc.linePos(node.range[0]).line + firstLine - 1;
  }
  return firstLine;
}

const ENTRY_COLLECTIONS = new Set<string>([
  'industries',
  'pillars',
  'aspects',
  'measures',
  'programmes',
  'statements',
  'targets',
  'terms',
]);

function lintYaml(
  input: LintInput,
  yamlText: string,
  firstLine: number,
  ctx: LintContext,
  fix: boolean,
): { findings: LintFinding[]; edits: Edit[] } {
  const findings: LintFinding[] = [];
  const edits: Edit[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) return { findings, edits }; // the validator reports broken YAML
  const lineAtOffset = (o: number) => lc.linePos(o).line + firstLine - 1;
  const { file, collection } = input;

  const scalars: Array<{ path: Path; node: Scalar }> = [];
  walkScalars(doc.contents, [], scalars);
  for (const { path, node } of scalars) {
    if (typeof node.value !== 'string' || !node.range) continue;
    const value = node.value;
    const key = keyOf(path) ?? '';
    const where = { file, line: lineAtOffset(node.range[0]), field: fieldName(path) };
    if (key === 'url') {
      for (const h of checkRaw(value, { flaggedHosts: ctx.flaggedHosts }))
        if (h.rule === 'flagged-link') findings.push(fromTextHit(h, where, false));
      continue;
    }
    if (NOT_PROSE.has(key)) continue;
    const verbatim = isVerbatimPath(collection, path);
    const opts: TextOptions = {
      verbatim,
      autocorrect: !NO_AUTOCORRECT.has(key),
      flaggedHosts: ctx.flaggedHosts,
    };
    const raw = checkRaw(value, opts);
    const junk = raw.some((h) => h.rule === 'spam' || h.rule === 'mojibake');
    for (const h of [...raw, ...checkProse(value, opts)])
      findings.push(
        junk ? notFixable(fromTextHit(h, where, verbatim)) : fromTextHit(h, where, verbatim),
      );
    if (/\*\*|__/.test(value)) {
      findings.push(
        make(
          'emphasis',
          where,
          value,
          'frontmatter 字段按纯文本显示，** 会原样出现在页面上：删掉星号（要强调的内容请写在正文里）。',
        ),
      );
    }
    // Spam and scrape residue are to be deleted by hand; rewriting them would only hide them.
    if (fix && !junk) {
      const fixed = fixText(value, opts);
      if (fixed !== value) {
        const edit = rewriteScalar(yamlText, node, path, fixed);
        if (edit) edits.push(edit);
      }
    }
  }

  const data = doc.toJS() as Record<string, unknown> | unknown[] | null;
  const lineOf = (path: Path) => lineOfPath(doc, lc, path, firstLine);
  if (collection && ENTRY_COLLECTIONS.has(collection) && data && !Array.isArray(data)) {
    const sources = data.sources;
    if (!Array.isArray(sources) || sources.length === 0) {
      findings.push(
        make(
          'missing-source',
          { file, line: lineOf(['sources']), field: 'sources' },
          sources === undefined ? '(missing / 缺失)' : JSON.stringify(sources),
          '每个条目至少列一个来源：sources: [{ source: src-…, locator: 第 x 段 }]。',
        ),
      );
    }
  }
  // Quotes (原文) and facts need a source; facts need a date.
  const visit = (v: unknown, path: Path) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === 'object') {
      const rec = v as Record<string, unknown>;
      const key = keyOf(path);
      const isQuote = isQuotePath(path) && typeof rec.text === 'string';
      const isFact =
        key === 'facts' && typeof path.at(-1) === 'number' && typeof rec.text === 'string';
      if (
        (isQuote || isFact) &&
        (rec.source === undefined || rec.source === null || rec.source === '')
      ) {
        findings.push(
          make(
            'missing-source',
            { file, line: lineOf(path), field: `${fieldName(path)}.source` },
            '(missing / 缺失)',
            `${isQuote ? '原文' : '事实'}必须注明来源：加上 source: src-…（content/sources 中的编号）。`,
          ),
        );
      }
      if (isFact) {
        const hasDate = typeof rec.date === 'string' && rec.date !== '';
        const where = { file, line: lineOf(path), field: `${fieldName(path)}.date` };
        // 旧数据 carries its year: in `date`, or (when only a range is known) in the caveat, e.g. 旧数据（约 2009—2011 年）.
        const yearInCaveat = typeof rec.caveat === 'string' && /(19|20)\d{2}/.test(rec.caveat);
        if (!hasDate && rec.old === true && !yearInCaveat)
          findings.push(
            make(
              'missing-date',
              where,
              '(missing / 缺失)',
              '旧数据必须注明年份：加上 date: "2017"（推断的写 dateStatus: inferred）；只知道大致年份范围的，在 caveat 中写明，如“旧数据（约 2009—2011 年）”。',
            ),
          );
        else if (!hasDate && rec.dateStatus !== 'unknown')
          findings.push(
            make(
              'missing-date',
              where,
              '(missing / 缺失)',
              '加上 date: "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"；来源确实没有日期的，写 dateStatus: unknown 并在 caveat 中说明。',
            ),
          );
        else if (!hasDate && !rec.caveat)
          findings.push(
            make(
              'date-unknown-note',
              { ...where, field: `${fieldName(path)}.caveat` },
              '(missing / 缺失)',
              '日期不详的事实请写 caveat，说明为什么不知道日期（例如“页面没有显示年份”）。',
            ),
          );
      }
      for (const [k, x] of Object.entries(rec)) visit(x, [...path, k]);
    }
  };
  visit(data, []);
  return { findings, edits };
}

// ───────────────────────── MDX body ─────────────────────────

const TEXT_ATTRS = new Set(['locator', 'speaker', 'caption', 'alt', 'heading', 'title', 'caveat']);
const AUTOCORRECT_ATTRS = new Set(['caption', 'alt', 'heading', 'title', 'caveat', 'locator']);

/** Entry paths (/industries/e3/) linked from a body, mapped back to IDs. */
const SEGMENT_TO_KIND = new Map<string, EntryKind>(
  Object.entries(KINDS).map(([kind, v]) => [v.segment, kind as EntryKind]),
);

function idFromPath(url: string): { id: string; kind: EntryKind } | undefined {
  const m = /^\/([a-z]+)\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(url);
  if (!m) return undefined;
  const kind = SEGMENT_TO_KIND.get(m[1]);
  if (!kind) return undefined;
  return { kind, id: kind === 'sources' ? m[2] : m[2].toUpperCase() };
}

async function lintBody(
  input: LintInput,
  body: string,
  bodyLine: number,
  ctx: LintContext,
  fix: boolean,
): Promise<{ findings: LintFinding[]; edits: Edit[] }> {
  const findings: LintFinding[] = [];
  const edits: Edit[] = [];
  const { file } = input;
  const scan = scanBody(body);
  const at = (offset: number) => lineAt(body, offset, bodyLine);
  const BODY = '(正文 body)';

  if (
    scan.hidden.some((h) => h.kind === 'comment') &&
    scan.tags.length === 0 &&
    scan.prose.every((p) => body.slice(p.start, p.end).trim() === '')
  ) {
    findings.push(
      make(
        'empty-body',
        { file, line: at(scan.hidden[0].start), field: BODY },
        '{/* … */}',
        '把注释换成解读（1—3 段，本站自己的话）；暂时不写就删掉整段注释。',
      ),
    );
  }

  // Raw checks over everything a reader could see (comments and code masked out).
  let masked = body;
  for (const h of scan.hidden)
    masked =
      masked.slice(0, h.start) +
      body.slice(h.start, h.end).replace(/[^\n]/g, ' ') +
      masked.slice(h.end);
  const junkLines = new Set<number>();
  for (const h of checkRaw(masked, { flaggedHosts: ctx.flaggedHosts })) {
    findings.push(fromTextHit(h, { file, line: at(h.index), field: BODY }, false));
    if (h.rule === 'spam' || h.rule === 'mojibake') junkLines.add(at(h.index));
  }

  // Prose, line by line.
  const emphasisLines = new Set<number>();
  for (const piece of proseLines(body, scan.prose)) {
    const opts: TextOptions = { verbatim: piece.verbatim, autocorrect: true };
    for (const h of checkProse(piece.text, opts)) {
      const f = fromTextHit(
        h,
        { file, line: at(piece.start + h.index), field: piece.verbatim ? `${BODY} <Quote>` : BODY },
        piece.verbatim,
      );
      findings.push(junkLines.has(at(piece.start)) ? notFixable(f) : f);
    }
    if (fix && !junkLines.has(at(piece.start))) {
      const fixed = fixText(piece.text, opts);
      if (fixed !== piece.text)
        edits.push({ start: piece.start, end: piece.start + piece.text.length, text: fixed });
    }
    if (mayHaveEmphasis(piece.text)) emphasisLines.add(at(piece.start));
  }

  // Emphasis: render each line that has markers with the site's Markdown settings.
  if (emphasisLines.size) {
    const lines = masked.split('\n');
    for (const line of [...emphasisLines].sort((a, b) => a - b)) {
      const src = lines[line - bodyLine];
      if (src === undefined) continue;
      const left = await unrenderedEmphasis(src);
      if (left) {
        findings.push(
          make(
            'emphasis',
            { file, line, field: BODY },
            left,
            '用本站的 Markdown 设置渲染后仍显示为星号。把加粗两侧的标点移到 ** 外面（如 “**876**”），或在 ** 外侧与字母、数字之间加空格；也可以不加粗。',
          ),
        );
      }
    }
  }

  // Components.
  const stack: JsxTag[] = [];
  for (const tag of scan.tags) {
    const spec = COMPONENTS[tag.name];
    const where = { file, line: at(tag.offset), field: `<${tag.name}>` };
    if (!spec) {
      if (/^[A-Z]/.test(tag.name) && !tag.closing) {
        findings.push(
          make(
            'component',
            where,
            `<${tag.name}>`,
            `不认识的组件。可用的组件：${COMPONENT_NAMES.map((n) => `<${n}>`).join('、')}（见 src/components/mdx/README.md）。`,
          ),
        );
      }
      continue;
    }
    if (tag.closing) {
      const open = stack.pop();
      if (!open || open.name !== tag.name) {
        findings.push(
          make(
            'component',
            where,
            `</${tag.name}>`,
            open
              ? `这里应先闭合 <${open.name}>（第 ${at(open.offset)} 行打开）。`
              : `多余的 </${tag.name}>：前面没有对应的 <${tag.name}>。`,
          ),
        );
        if (open && open.name !== tag.name) stack.push(open);
      }
      continue;
    }
    // 原文 must stand on its own between the 解读 blocks (src/lib/mdx/explainer-runs.ts cuts the body
    // at top-level <Quote> only): not inside another component, a list, a blockquote or a sentence.
    if (STANDALONE_COMPONENTS.has(tag.name)) {
      const lineStart = body.lastIndexOf('\n', tag.offset - 1) + 1;
      const before = body.slice(lineStart, tag.offset);
      const inside = stack[stack.length - 1];
      if (inside || before !== '') {
        const why = inside
          ? `它在 <${inside.name}> 里面（第 ${at(inside.offset)} 行打开）`
          : /^\s*([-*+]|\d+[.)]|>)\s/.test(body.slice(lineStart))
            ? '它在列表或引用块里'
            : before.trim()
              ? '它和文字在同一段里'
              : '它前面有缩进，会被当成列表或代码的一部分';
        findings.push(
          make(
            'component',
            where,
            `<${tag.name}>`,
            `<${tag.name}> 要单独成段：顶格写，前后各空一行，不放进其他组件、列表或句子里。现在${why}，${tag.name === 'Quote' ? '原文会落进“解读”框' : '会出现框中套框'}。`,
          ),
        );
      }
    }
    if (!tag.selfClosing) stack.push(tag);
    const attrs = new Map(tag.attrs.map((a) => [a.name, a]));
    for (const a of tag.attrs) {
      const aw = { file, line: at(a.offset), field: `<${tag.name} ${a.name}>` };
      if (!spec.known.includes(a.name)) {
        findings.push(
          make(
            'component',
            aw,
            a.name,
            `<${tag.name}> 没有 ${a.name} 属性。可用的属性：${spec.known.join('、')}。`,
          ),
        );
        continue;
      }
      if (a.expression && (spec.required.includes(a.name) || spec.sourceAttrs?.includes(a.name))) {
        findings.push(
          make(
            'component',
            aw,
            `{${String(a.value)}}`,
            `请把 ${a.name} 写成带引号的文字，如 ${a.name}="…"，这样才能检查。`,
          ),
        );
        continue;
      }
      if (typeof a.value !== 'string' || a.expression) continue;
      if (TEXT_ATTRS.has(a.name)) {
        const opts: TextOptions = {
          autocorrect: AUTOCORRECT_ATTRS.has(a.name),
          flaggedHosts: ctx.flaggedHosts,
        };
        for (const h of checkProse(a.value, opts)) findings.push(fromTextHit(h, aw, false));
        if (fix) {
          const fixed = fixText(a.value, opts);
          if (fixed !== a.value && !fixed.includes('"') && !fixed.includes("'"))
            edits.push({ start: a.valueOffset, end: a.valueOffset + a.value.length, text: fixed });
        }
      }
      if (spec.sourceAttrs?.includes(a.name) && !ctx.sourceIds.has(a.value)) {
        findings.push(
          make(
            'unknown-id',
            aw,
            a.value,
            `content/sources 中没有这个来源。可用的来源：${similarIds(a.value, ctx.sourceIds)}`,
          ),
        );
      }
      const allowed = spec.values?.[a.name];
      if (allowed && !allowed.includes(a.value))
        findings.push(make('component', aw, a.value, `可选值 allowed: ${allowed.join(', ')}`));
      const pattern = spec.patterns?.[a.name];
      if (pattern && !pattern.re.test(a.value))
        findings.push(make('component', aw, a.value, `格式应如 ${pattern.example}`));
    }
    for (const req of spec.required) {
      const a = attrs.get(req);
      if (a && !(typeof a.value === 'string' && a.value.trim() === '')) continue;
      if (req === 'source')
        findings.push(
          make(
            'missing-source',
            { ...where, field: `<${tag.name} source>` },
            '(missing / 缺失)',
            `<${tag.name}> 必须注明来源：source="src-…"（content/sources 中的编号）。`,
          ),
        );
      else if (req === 'date')
        findings.push(
          make(
            'missing-date',
            { ...where, field: `<${tag.name} date>` },
            '(missing / 缺失)',
            '写上 date="2024"、"2024-07" 或 "2024-07-05"；来源确实没有日期的写 date="unknown"，并用 caveat 说明。',
          ),
        );
      else
        findings.push(
          make(
            'component',
            { ...where, field: `<${tag.name} ${req}>` },
            '(missing / 缺失)',
            `<${tag.name}> 必须有 ${req} 属性。`,
          ),
        );
    }
    if (tag.name === 'Ref') {
      const id = attrs.get('id');
      if (
        id &&
        typeof id.value === 'string' &&
        id.value &&
        !id.expression &&
        !ctx.ids.has(id.value)
      ) {
        findings.push(
          make(
            'unknown-id',
            { file, line: at(id.offset), field: '<Ref id>' },
            id.value,
            `content/ 中没有这个编号（注意大小写，如 E3、GL02、src-explainer）。可用的编号：${similarIds(id.value, ctx.ids)}`,
          ),
        );
      }
    }
    if (tag.name === 'Fact') {
      const date = attrs.get('date');
      const d = typeof date?.value === 'string' ? date.value : undefined;
      if (d && !PARTIAL_DATE.test(d) && !UNKNOWN_DATE.has(d)) {
        findings.push(
          make(
            'component',
            { file, line: at(date!.offset), field: '<Fact date>' },
            d,
            '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2024-07），不详的写 unknown。',
          ),
        );
      }
      const unknown = d !== undefined && UNKNOWN_DATE.has(d);
      if (unknown && attrs.has('old'))
        findings.push(
          make(
            'missing-date',
            { ...where, field: '<Fact date>' },
            d,
            '旧数据必须注明年份（可以是推断的年份，加 dateStatus="inferred"）。',
          ),
        );
      else if (unknown && !attrs.has('caveat'))
        findings.push(
          make(
            'date-unknown-note',
            { ...where, field: '<Fact caveat>' },
            '(missing / 缺失)',
            '日期不详的事实请加 caveat="…"，说明为什么不知道日期。',
          ),
        );
    }
    if (tag.name === 'Figure') {
      const src = attrs.get('src');
      if (src && typeof src.value === 'string' && /^(https?:)?\/\//.test(src.value)) {
        findings.push(
          make(
            'component',
            { file, line: at(src.offset), field: '<Figure src>' },
            src.value,
            '本站不加载外站资源：把图片放进 public/images/，写 src="/images/文件名.png"。',
          ),
        );
      }
    }
  }
  for (const open of stack) {
    findings.push(
      make(
        'component',
        { file, line: at(open.offset), field: `<${open.name}>` },
        `<${open.name}>`,
        `标签没有闭合：在内容后面加上 </${open.name}>，或写成 <${open.name} … />。`,
      ),
    );
  }

  // Links to entry pages that do not exist.
  for (const link of scan.links) {
    const target = idFromPath(link.url);
    if (target && !ctx.ids.has(target.id)) {
      findings.push(
        make(
          'unknown-id',
          { file, line: at(link.offset), field: BODY },
          link.url,
          `没有编号为 ${target.id} 的条目。建议用 <Ref id="…" /> 链接条目。可用的编号：${similarIds(target.id, ctx.ids)}`,
        ),
      );
    }
  }
  return { findings, edits };
}

// ───────────────────────── one file ─────────────────────────

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Lints one content file. With `fix`, also returns the text with the safe fixes applied. */
export async function lintFile(
  input: LintInput,
  ctx: LintContext,
  options: { fix?: boolean } = {},
): Promise<LintResult> {
  const fix = Boolean(options.fix);
  const findings: LintFinding[] = [];
  const edits: Edit[] = [];
  if (input.file.endsWith('.mdx') || input.file.endsWith('.md')) {
    const m = FRONTMATTER.exec(input.text);
    if (!m) return { findings }; // the validator reports a missing frontmatter
    const yamlStart = m[0].indexOf(m[1]);
    const fm = lintYaml(input, m[1], 2, ctx, fix);
    findings.push(...fm.findings);
    edits.push(
      ...fm.edits.map((e) => ({ ...e, start: e.start + yamlStart, end: e.end + yamlStart })),
    );
    const bodyStart = m[0].length;
    const bodyLine = m[0].split('\n').length;
    const body = await lintBody(input, input.text.slice(bodyStart), bodyLine, ctx, fix);
    findings.push(...body.findings);
    edits.push(
      ...body.edits.map((e) => ({ ...e, start: e.start + bodyStart, end: e.end + bodyStart })),
    );
  } else {
    const y = lintYaml(input, input.text, 1, ctx, fix);
    findings.push(...y.findings);
    edits.push(...y.edits);
  }
  // A line that is spam or scrape residue is to be deleted: style advice on it is noise.
  const junk = new Set(
    findings.filter((f) => f.rule === 'spam' || f.rule === 'mojibake').map((f) => f.line),
  );
  const kept = findings.filter((f) => !(f.severity === 'warning' && junk.has(f.line)));
  findings.length = 0;
  findings.push(...kept);
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (!fix || edits.length === 0) return { findings };
  const fixed = applyEdits(input.text, edits);
  return { findings, fixed: fixed === input.text ? undefined : fixed };
}
