// The content lint for one file: frontmatter strings and data, and the MDX body's syntax tree.
// Returns findings (ContentError + rule + severity) and, with `fix`, the repaired text.
import type { Node } from 'mdast';
import { showFound, type ContentError } from '../content-errors.ts';
import type { CollectionKey } from '../../schemas/shared.ts';
import { RULES, RULE_BY_ID, type RuleId } from './rules.ts';
import { fieldName, type Report, type Rule, type TextRun, type Where } from './rule.ts';
import {
  NOT_PROSE,
  NO_AUTOCORRECT,
  isVerbatimPath,
  readYaml,
  rewriteScalar,
} from './frontmatter.ts';
import { attributesOf, elements, hiddenRanges, parseBody, textNodes } from './mdx.ts';

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
  /** The 原文 of content/plan.yaml and tiers.yaml: the totals the sources state (21 个, 30 项). */
  planQuotes: string;
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

/** A --fix edit of the file text, with the lines it spans. */
interface Edit {
  start: number;
  end: number;
  text: string;
  lines: [number, number];
}

const ALL: readonly Rule[] = RULES;
const FIX_HINT = '可运行 npm run lint:content -- --fix 自动修复。';
const JUNK_HINT = '这一处是垃圾广告或网页残留，--fix 不处理：请删除整行或整段。';
const BODY = '(正文 body)';
/** Attributes whose values readers see as text, and those AutoCorrect may re-space. */
const TEXT_ATTRS = new Set(['locator', 'speaker', 'caption', 'alt', 'heading', 'title', 'caveat']);

/** Runs the text rules of the given scopes over one run, reporting at `where(index)`. */
function checkRun(
  run: TextRun,
  scopes: string[],
  ctx: LintContext,
  where: (i: number) => Where,
  report: Report,
) {
  for (const rule of ALL)
    if (rule.check && scopes.includes(rule.scope ?? ''))
      for (const hit of rule.check(run, ctx))
        report(rule.id, where(hit.index), hit.found, hit.hint, hit.fixable);
}

/** Applies every rule's repair until nothing changes (so a second --fix changes nothing). */
export function repairRun(run: TextRun): string {
  let text = run.text;
  for (let i = 0, prev = ''; i < 5 && prev !== text; i++) {
    prev = text;
    for (const rule of ALL) if (rule.repair) text = rule.repair({ ...run, text });
  }
  return text;
}

function lintYaml(
  input: LintInput,
  yamlText: string,
  offset: number,
  firstLine: number,
  ctx: LintContext,
  report: Report,
  edits: Edit[],
) {
  const yaml = readYaml(yamlText, firstLine);
  if (!yaml) return undefined;
  for (const { path, node, line } of yaml.strings) {
    const key = String(path.findLast((p) => typeof p === 'string') ?? '');
    const where = () => ({ line, field: fieldName(path) });
    const verbatim = isVerbatimPath(input.collection, path);
    const run = { text: node.value, verbatim, autocorrect: !NO_AUTOCORRECT.has(key) };
    // Web addresses get the raw checks (a flagged host), IDs and dates none: they are not prose.
    if (key === 'url') checkRun({ ...run, autocorrect: false }, ['raw'], ctx, where, report);
    if (key === 'url' || NOT_PROSE.has(key)) continue;
    checkRun(run, ['raw', 'prose', 'frontmatter'], ctx, where, report);
    const fixed = repairRun(run);
    const edit = fixed !== run.text && rewriteScalar(yamlText, node, path, fixed);
    if (edit)
      edits.push({
        start: edit.start + offset,
        end: edit.end + offset,
        text: edit.text,
        lines: [line, line],
      });
  }
  for (const rule of ALL)
    rule.checkData?.(
      { collection: input.collection, data: yaml.data, lineOf: yaml.lineOf },
      report,
    );
  return yaml;
}

function lintBody(
  body: string,
  offset: number,
  firstLine: number,
  yaml: NonNullable<ReturnType<typeof readYaml>>,
  ctx: LintContext,
  report: Report,
  edits: Edit[],
) {
  const lineAt = (i: number) => firstLine + (body.slice(0, i).match(/\n/g)?.length ?? 0);
  let tree;
  try {
    tree = parseBody(body);
  } catch (error) {
    const e = error as { message: string; line?: number };
    const open = /closing tag for `<(\w+)>`/.exec(e.message)?.[1];
    report(
      'component',
      { line: (e.line ?? 1) + firstLine - 1, field: BODY },
      open ? `<${open}>` : e.message,
      open
        ? `标签没有闭合：在内容后面加上 </${open}>，或写成 <${open} … />。`
        : `MDX 无法解析这一处（${e.message}）：检查 <、{ 和标签是否成对。`,
    );
  }
  // Mojibake, spam and flagged links anywhere a reader may see (code and comments masked out).
  let masked = body;
  for (const [s, e] of tree ? hiddenRanges(tree) : [])
    masked = masked.slice(0, s) + body.slice(s, e).replace(/[^\n]/g, ' ') + masked.slice(e);
  checkRun(
    { text: masked, verbatim: false, autocorrect: false },
    ['raw'],
    ctx,
    (i) => ({ line: lineAt(i), field: BODY }),
    report,
  );
  if (!tree) return;
  const line = (node: Node, index = 0) =>
    (node.position?.start.line ?? 1) +
    firstLine -
    1 +
    (('value' in node ? String(node.value) : '').slice(0, index).match(/\n/g)?.length ?? 0);
  const editAt = (start: number | undefined, from: string, to: string) => {
    if (start === undefined || from === to || body.slice(start, start + from.length) !== from)
      return;
    edits.push({
      start: start + offset,
      end: start + offset + from.length,
      text: to,
      lines: [lineAt(start), lineAt(start + from.length)],
    });
  };
  for (const { node, within } of textNodes(tree)) {
    const run = { text: node.value, verbatim: within.includes('Quote'), autocorrect: true };
    checkRun(
      run,
      ['prose'],
      ctx,
      (i) => ({ line: line(node, i), field: run.verbatim ? `${BODY} <Quote>` : BODY }),
      report,
    );
    editAt(node.position?.start.offset, node.value, repairRun(run));
  }
  for (const { el } of elements(tree))
    for (const [name, value] of attributesOf(el)) {
      if (!TEXT_ATTRS.has(name) || typeof value !== 'string') continue;
      const run = { text: value, verbatim: false, autocorrect: name !== 'speaker' };
      checkRun(
        run,
        ['prose'],
        ctx,
        () => ({ line: line(el), field: `<${el.name} ${name}>` }),
        report,
      );
      const fixed = repairRun(run);
      const at = body.indexOf(`${name}="${value}"`, el.position?.start.offset);
      if (!/["']/.test(fixed) && at !== -1) editAt(at + name.length + 2, value, fixed);
    }
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  for (const rule of ALL)
    rule.checkBody?.({ tree, source: body, line, data, dataLine: yaml.lineOf, ctx }, report);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Lints one content file. With `fix`, also returns the text with the safe fixes applied. */
export async function lintFile(
  input: LintInput,
  ctx: LintContext,
  options: { fix?: boolean } = {},
): Promise<LintResult> {
  const findings: LintFinding[] = [];
  const edits: Edit[] = [];
  const report: Report = (rule, where, found, hint, fixable = false) => {
    const { severity, expected } = RULE_BY_ID[rule as RuleId];
    findings.push({
      file: input.file,
      ...where,
      found: showFound(found),
      expected: expected[1],
      expectedZh: expected[0],
      hint: fixable ? `${hint} ${FIX_HINT}` : hint,
      rule: rule as RuleId,
      severity,
      fixable,
    });
  };
  if (/\.mdx?$/.test(input.file)) {
    const m = FRONTMATTER.exec(input.text);
    if (!m) return { findings }; // the validator reports a missing frontmatter
    const yaml = lintYaml(input, m[1], m[0].indexOf(m[1]), 2, ctx, report, edits);
    if (yaml)
      lintBody(
        input.text.slice(m[0].length),
        m[0].length,
        m[0].split('\n').length,
        yaml,
        ctx,
        report,
        edits,
      );
  } else lintYaml(input, input.text, 0, 1, ctx, report, edits);
  // A line of spam or scrape residue is to be deleted by hand: no style advice, no rewriting.
  const junk = new Set(
    findings.filter((f) => f.rule === 'spam' || f.rule === 'mojibake').map((f) => f.line),
  );
  const kept = findings
    .filter((f) => !(f.severity === 'warning' && junk.has(f.line)))
    .map((f) =>
      f.fixable && junk.has(f.line)
        ? { ...f, fixable: false, hint: `${f.hint!.replace(FIX_HINT, '').trim()} ${JUNK_HINT}` }
        : f,
    )
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const safe = edits.filter(
    (e) => ![...junk].some((l) => l !== undefined && l >= e.lines[0] && l <= e.lines[1]),
  );
  if (!options.fix || !safe.length) return { findings: kept };
  let fixed = input.text;
  for (const e of safe.sort((a, b) => b.start - a.start))
    fixed = fixed.slice(0, e.start) + e.text + fixed.slice(e.end);
  return { findings: kept, fixed: fixed === input.text ? undefined : fixed };
}
