// Runs the content lint over a project's content/ folder (the CLI, the tests and
// the scaffolder all come through here).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { listContentFiles, splitFrontmatter } from '../content-files.ts';
import { isEntryKind } from '../ids.ts';
import { quotesInData } from '../quotes.ts';
import { readContentYaml } from '../content-yaml.ts';
import { lintFile, type LintContext, type LintFinding } from './lint.ts';
import flaggedHosts from '../../data/flagged-hosts.json' with { type: 'json' };

function frontmatterData(text: string, isMdx: boolean): unknown {
  const yaml = isMdx ? splitFrontmatter(text)?.yaml : text;
  const read = yaml === undefined ? undefined : readContentYaml(yaml);
  return read?.ok ? read.data : undefined;
}

/**
 * Lints content/ under `root` (files with the wrong extension are left to the content check).
 * `only` limits the files checked (paths relative to root or absolute); IDs are still read from
 * the whole tree. With `fix`, writes the safe fixes and reports what is left afterwards.
 */
export async function lintTree(root: string, options: { fix?: boolean; only?: string[] } = {}) {
  const all = listContentFiles(root)
    .filter((f) => !f.misnamed)
    .map((f) => ({ ...f, text: readFileSync(f.abs, 'utf8') }));
  const [ids, sourceIds] = [new Set<string>(), new Set<string>()];
  let planQuotes = '';
  for (const f of all) {
    const data = frontmatterData(f.text, f.file.endsWith('.mdx'));
    if (f.collection === 'plan' || f.collection === 'tiers')
      planQuotes += quotesInData(data)
        .map((q) => `${q.text}\n`)
        .join('');
    const id = (data as { id?: unknown } | undefined)?.id;
    if (!isEntryKind(f.collection) || typeof id !== 'string') continue;
    ids.add(id);
    if (f.collection === 'sources') sourceIds.add(id);
  }
  const ctx: LintContext = { ids, sourceIds, flaggedHosts, planQuotes };
  const wanted = options.only?.length
    ? new Set(options.only.map((p) => relative(root, resolve(root, p))))
    : undefined;
  const files = wanted ? all.filter((f) => wanted.has(f.file)) : all;
  const findings: LintFinding[] = [];
  /** Files changed by --fix. */
  const fixedFiles: string[] = [];
  for (const { file, abs, text, collection } of files) {
    let result = lintFile({ file, text, collection }, ctx, options);
    if (result.fixed !== undefined) {
      writeFileSync(abs, result.fixed);
      fixedFiles.push(file);
      result = lintFile({ file, text: result.fixed, collection }, ctx);
    }
    findings.push(...result.findings);
  }
  return { findings, files: files.length, fixedFiles };
}
