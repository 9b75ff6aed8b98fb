// Runs the content lint over a project's content/ folder (the CLI, the tests and
// the scaffolder all come through here) and prints its findings in the content check's format.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { listContentFiles, pageIds, readContent } from '../content-files.ts';
import { formatContentError } from '../content-errors.ts';
import { quotesInData } from '../quotes.ts';
import { lintFile, type LintContext, type LintFinding } from './lint.ts';
import { RULE_BY_ID } from './rules.ts';

/**
 * Lints content/ under `root` (files with the wrong extension are left to the content check).
 * `only` limits the files checked (paths relative to root or absolute); IDs are still read from
 * the whole tree. With `fix`, writes the safe fixes and reports what is left afterwards.
 */
export async function lintTree(root: string, options: { fix?: boolean; only?: string[] } = {}) {
  const { entries } = readContent(root);
  const ctx: LintContext = {
    ...pageIds(entries),
    planQuotes: entries
      .filter((e) => e.collection === 'plan' || e.collection === 'tiers')
      .flatMap((e) => quotesInData(e.data).map((q) => `${q.text}\n`))
      .join(''),
  };
  const only = options.only?.map((p) => relative(root, resolve(root, p)));
  const files = listContentFiles(root).filter(
    (f) => !f.misnamed && (!only?.length || only.includes(f.file)),
  );
  const findings: LintFinding[] = [];
  const fixedFiles: string[] = [];
  for (const { file, abs, collection } of files) {
    let result = lintFile({ file, text: readFileSync(abs, 'utf8'), collection }, ctx);
    if (options.fix && result.fixed !== undefined) {
      writeFileSync(abs, result.fixed);
      fixedFiles.push(file);
      result = lintFile({ file, text: result.fixed, collection }, ctx);
    }
    findings.push(...result.findings);
  }
  return { findings, files: files.length, fixedFiles };
}

/** One finding: `✖ file:line  [rule 规则名]` (⚠ for a warning), then field, found, expected and hint. */
export function formatLintFinding(f: LintFinding): string {
  const warning = f.severity === 'warning';
  const tag = `  [${f.rule} ${RULE_BY_ID[f.rule].zh}${warning ? ' · 警告 warning' : ''}]`;
  return formatContentError(f, warning ? '⚠' : '✖', tag);
}

/** All findings, errors first, then a summary line. */
export function formatLintReport(result: Awaited<ReturnType<typeof lintTree>>): string {
  const { findings, files, fixedFiles } = result;
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const parts = [...errors, ...warnings].map(formatLintFinding);
  if (fixedFiles.length)
    parts.unshift(`已自动修复 Fixed ${fixedFiles.length} file(s):\n  ${fixedFiles.join('\n  ')}`);
  const checked = `${files} file(s) checked, `;
  if (!findings.length)
    return [...parts, `内容格式检查通过 Content lint OK: ${checked}no problems.`].join('\n\n');
  const counts = Object.entries(Object.groupBy(findings, (f) => f.rule))
    .map(([rule, list]) => `${rule} ${list!.length}`)
    .join(', ');
  const fixable = findings.filter((f) => f.fixable).length;
  parts.push(
    `${errors.length ? '内容格式检查失败 Content lint failed' : '内容格式检查通过（有警告） Content lint passed with warnings'}: ${checked}${errors.length} error(s), ${warnings.length} warning(s) (${counts}).` +
      (fixable ? `\n其中 ${fixable} 处可自动修复：npm run lint:content -- --fix` : ''),
  );
  return parts.join('\n\n');
}
