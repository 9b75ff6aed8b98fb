// Prints lint findings in the validator's format (src/lib/content-errors.ts),
// with the rule named on the first line.
import { formatContentError } from '../content-errors.ts';
import { RULE_BY_ID } from './rules.ts';
import type { LintFinding } from './lint.ts';

/** One finding: `✖ file:line  [rule 规则名]`, then field, found, expected and hint. Warnings start with ⚠. */
export function formatLintFinding(f: LintFinding): string {
  const lines = formatContentError(f).split('\n');
  const rule = RULE_BY_ID[f.rule];
  const mark = f.severity === 'error' ? '✖' : '⚠';
  lines[0] = `${lines[0].replace(/^✖/, mark)}  [${f.rule} ${rule.zh}${f.severity === 'warning' ? ' · 警告 warning' : ''}]`;
  return lines.join('\n');
}

/** All findings, errors first, then a summary line. Empty string when there are none. */
export function formatLintReport(
  findings: LintFinding[],
  options: { files?: number; fixedFiles?: string[] } = {},
): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const parts: string[] = [];
  if (options.fixedFiles?.length)
    parts.push(
      `已自动修复 Fixed ${options.fixedFiles.length} file(s):\n${options.fixedFiles.map((f) => `  ${f}`).join('\n')}`,
    );
  for (const f of [...errors, ...warnings]) parts.push(formatLintFinding(f));
  const fixable = findings.filter((f) => f.fixable).length;
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const counts = [...byRule].map(([r, n]) => `${r} ${n}`).join(', ');
  const checked = options.files !== undefined ? `${options.files} file(s) checked, ` : '';
  if (findings.length === 0) parts.push(`内容格式检查通过 Content lint OK: ${checked}no problems.`);
  else {
    parts.push(
      `${errors.length ? '内容格式检查失败 Content lint failed' : '内容格式检查通过（有警告） Content lint passed with warnings'}: ${checked}${errors.length} error(s), ${warnings.length} warning(s)${counts ? ` (${counts})` : ''}.` +
        (fixable ? `\n其中 ${fixable} 处可自动修复：npm run lint:content -- --fix` : ''),
    );
  }
  return parts.join('\n\n');
}

/** Whether a run fails: any error, or with `strict` any warning too. */
export function lintFailed(findings: readonly LintFinding[], strict: boolean): boolean {
  return findings.some((f) => f.severity === 'error' || strict);
}
