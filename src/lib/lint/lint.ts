// The content lint for one file: frontmatter strings and data, and the MDX body's syntax tree.
// Returns findings (ContentError + rule + severity) and, with `fix`, the repaired text.
import { fieldName, showFound, type ContentError } from '../content-errors.ts';
import type { CollectionKey } from '../../schemas/shared.ts';
import { RULES, RULE_BY_ID, type RuleId } from './rules.ts';
import { BODY, type FileView, type Rule, type TextRun, type Where } from './rule.ts';
import {
  NOT_PROSE,
  NO_AUTOCORRECT,
  isVerbatimPath,
  objectsIn,
  rewriteScalar,
  stringsIn,
} from './frontmatter.ts';
import { indexBody, type BodyIndex } from './mdx.ts';
import { readContentFile } from '../content-yaml.ts';
import type { pageIds } from '../content-files.ts';

export interface LintFinding extends ContentError {
  rule: RuleId;
  severity: 'error' | 'warning';
  /** Whether `--fix` repairs it. */
  fixable: boolean;
}

/** What the lint knows about the whole tree; `planQuotes`: the 原文 of plan.yaml and tiers.yaml. */
export interface LintContext extends ReturnType<typeof pageIds> {
  planQuotes: string;
}

const ALL: readonly Rule[] = RULES;
const FIX_HINT = '可运行 npm run lint:content -- --fix 自动修复。';
const JUNK_HINT = '这一处是垃圾广告或网页残留，--fix 不处理：请删除整行或整段。';
/** Attributes whose values readers see as text (AutoCorrect re-spaces all but `speaker`). */
const TEXT_ATTRS = new Set(['locator', 'speaker', 'caption', 'alt', 'heading', 'title', 'caveat']);

/** Applies every rule's repair until nothing changes (so a second --fix changes nothing). */
export function repairRun(run: TextRun): string {
  let text = run.text;
  for (let i = 0, prev = ''; i < 5 && prev !== text; i++) {
    prev = text;
    for (const rule of ALL) if (rule.repair) text = rule.repair({ ...run, text });
  }
  return text;
}

/** Lints one content file; `fixed` is its text with the safe fixes, if any. */
export function lintFile(
  input: { file: string; text: string; collection?: CollectionKey },
  ctx: LintContext,
): { findings: LintFinding[]; fixed?: string } {
  const findings: LintFinding[] = [];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const report = (rule: string, where: Where, found: string, hint: string, fixable = false) => {
    const { severity, expected } = RULE_BY_ID[rule as RuleId];
    findings.push({
      file: input.file,
      ...where,
      found: showFound(found),
      expected: expected[1],
      expectedZh: expected[0],
      hint,
      rule: rule as RuleId,
      severity,
      fixable,
    });
  };
  /** Runs the text rules of the given scopes over one run, reporting at `where(index)`. */
  const checkRun = (run: TextRun, scopes: string[], where: (i: number) => Where) => {
    for (const rule of ALL)
      if (rule.check && scopes.includes(rule.scope ?? ''))
        for (const hit of rule.check(run))
          report(rule.id, where(hit.index), hit.found, hit.hint, hit.fixable ?? rule.fix !== 'no');
  };

  const lineOf = (offset: number) => input.text.slice(0, offset).split('\n').length;
  // A missing frontmatter and broken YAML are the content check's to report.
  const read = readContentFile(input.file, input.text);
  if (!read?.ok) return { findings };

  for (const { path, node, line } of stringsIn(read.doc, read.lineAt)) {
    const key = String(path.findLast((p) => typeof p === 'string') ?? '');
    const where = () => ({ line, field: fieldName(path) });
    const run = {
      text: node.value,
      verbatim: isVerbatimPath(input.collection, path),
      autocorrect: !NO_AUTOCORRECT.has(key),
    };
    // Web addresses get the raw checks (a flagged host), IDs and dates none: they are not prose.
    if (key === 'url') checkRun({ ...run, autocorrect: false }, ['raw'], where);
    if (key === 'url' || NOT_PROSE.has(key)) continue;
    checkRun(run, ['raw', 'prose', 'frontmatter'], where);
    const fixed = repairRun(run);
    const edit = fixed !== run.text && rewriteScalar(read.yaml, node, path, fixed);
    if (edit) edits.push({ ...edit, start: edit.start + read.yamlAt, end: edit.end + read.yamlAt });
  }

  let body: BodyIndex | undefined;
  let bodyError: FileView['bodyError'];
  if ('body' in read) {
    const { body: source, bodyLine } = read;
    const offset = input.text.length - source.length;
    try {
      body = indexBody(source, bodyLine);
    } catch (error) {
      const e = error as { message: string; line?: number };
      bodyError = { message: e.message, line: (e.line ?? 1) + bodyLine - 1 };
    }
    // Mojibake, spam and flagged links anywhere a reader may see (code and comments masked out).
    let masked = source;
    for (const [s, e] of body?.hidden ?? [])
      masked = masked.slice(0, s) + source.slice(s, e).replace(/[^\n]/g, ' ') + masked.slice(e);
    checkRun({ text: masked, verbatim: false, autocorrect: false }, ['raw'], (i) => ({
      line: lineOf(offset + i),
      field: BODY,
    }));
    const editAt = (start: number | undefined, from: string, to: string) => {
      if (start === undefined || from === to || source.slice(start, start + from.length) !== from)
        return;
      edits.push({ start: start + offset, end: start + offset + from.length, text: to });
    };
    for (const { node, within } of body?.texts ?? []) {
      const run = { text: node.value, verbatim: within.includes('Quote'), autocorrect: true };
      const field = run.verbatim ? `${BODY} <Quote>` : BODY;
      checkRun(run, ['prose'], (i) => ({ line: body!.line(node, i), field }));
      editAt(node.position?.start.offset, node.value, repairRun(run));
    }
    for (const { el, attrs } of body?.elements ?? [])
      for (const [name, value] of attrs) {
        if (!TEXT_ATTRS.has(name) || typeof value !== 'string') continue;
        const run = { text: value, verbatim: false, autocorrect: name !== 'speaker' };
        checkRun(run, ['prose'], () => ({ line: body!.line(el), field: `<${el.name} ${name}>` }));
        const fixed = repairRun(run);
        const at = source.indexOf(`${name}="${value}"`, el.position?.start.offset);
        if (!/["']/.test(fixed) && at !== -1) editAt(at + name.length + 2, value, fixed);
      }
  }

  const isRecord = read.data && typeof read.data === 'object' && !Array.isArray(read.data);
  const data = (isRecord ? read.data : {}) as Record<string, unknown>;
  const objects = objectsIn(read.data, read.lineOf);
  const view = { collection: input.collection, data, objects, lineOf: read.lineOf, ctx, body };
  for (const rule of ALL)
    rule.checkFile?.({ ...view, bodyError }, (where, found, hint, id = rule.id) =>
      report(id, where, found, hint),
    );

  // A line of spam or scrape residue is to be deleted by hand: no style advice, no rewriting.
  const junk = new Set(
    findings.filter((f) => f.rule === 'spam' || f.rule === 'mojibake').map((f) => f.line),
  );
  const kept = findings
    .filter((f) => !(f.severity === 'warning' && junk.has(f.line)))
    .map((f) => {
      if (!f.fixable) return f;
      if (!junk.has(f.line)) return { ...f, hint: `${f.hint} ${FIX_HINT}` };
      return { ...f, fixable: false, hint: `${f.hint} ${JUNK_HINT}` };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  let fixed = input.text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    if (![...junk].some((l) => l !== undefined && l >= lineOf(e.start) && l <= lineOf(e.end)))
      fixed = fixed.slice(0, e.start) + e.text + fixed.slice(e.end);
  return { findings: kept, fixed: fixed === input.text ? undefined : fixed };
}
