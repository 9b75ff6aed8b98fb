// Runs the content lint over a project's content/ folder (the CLI, the tests and
// the scaffolder all come through here).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { listContentFiles, pageIds, readContent } from '../content-files.ts';
import { quotesInData } from '../quotes.ts';
import { lintFile, type LintContext, type LintFinding } from './lint.ts';
import flaggedHosts from '../../data/flagged-hosts.json' with { type: 'json' };

/**
 * Lints content/ under `root` (files with the wrong extension are left to the content check).
 * `only` limits the files checked (paths relative to root or absolute); IDs are still read from
 * the whole tree. With `fix`, writes the safe fixes and reports what is left afterwards.
 */
export async function lintTree(root: string, options: { fix?: boolean; only?: string[] } = {}) {
  const { entries } = readContent(root);
  const ctx: LintContext = {
    ...pageIds(entries),
    flaggedHosts,
    planQuotes: entries
      .filter((e) => e.collection === 'plan' || e.collection === 'tiers')
      .flatMap((e) => quotesInData(e.data).map((q) => `${q.text}\n`))
      .join(''),
  };
  const wanted = options.only?.length
    ? new Set(options.only.map((p) => relative(root, resolve(root, p))))
    : undefined;
  const files = listContentFiles(root).filter(
    (f) => !f.misnamed && (!wanted || wanted.has(f.file)),
  );
  const findings: LintFinding[] = [];
  const fixedFiles: string[] = [];
  for (const { file, abs, collection } of files) {
    let result = lintFile({ file, text: readFileSync(abs, 'utf8'), collection }, ctx, options);
    if (result.fixed !== undefined) {
      writeFileSync(abs, result.fixed);
      fixedFiles.push(file);
      result = lintFile({ file, text: result.fixed, collection }, ctx);
    }
    findings.push(...result.findings);
  }
  return { findings, files: files.length, fixedFiles };
}
