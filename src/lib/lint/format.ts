// Prints lint findings in the validator's format (src/lib/content-errors.ts),
// with the rule named on the first line.
import { formatContentError } from '../content-errors.ts';
import { RULE_BY_ID } from './rules.ts';
import type { LintFinding } from './lint.ts';
import type { lintTree } from './tree.ts';

type LintRun = Awaited<ReturnType<typeof lintTree>>;

/** One finding: `✖ file:line  [rule 规则名]` (⚠ for a warning), then field, found, expected and hint. */
export function formatLintFinding(f: LintFinding): string {
  const warning = f.severity === 'warning';
  const tag = `  [${f.rule} ${RULE_BY_ID[f.rule].zh}${warning ? ' · 警告 warning' : ''}]`;
  return formatContentError(f, warning ? '⚠' : '✖', tag);
}

/** All findings, errors first, then a summary line. */
export function formatLintReport({ findings, files, fixedFiles }: LintRun): string {
  const { error: errors = [], warning: warnings = [] } = Object.groupBy(
    findings,
    (f) => f.severity,
  );
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

/** Whether a run fails: any error, or with `strict` any warning too. */
export function lintFailed(findings: readonly LintFinding[], strict: boolean): boolean {
  return findings.some((f) => f.severity === 'error' || strict);
}
