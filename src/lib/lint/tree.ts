// Runs the content lint over a project's content/ folder (the CLI, the tests and
// the scaffolder all come through here).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { listContentFiles, splitFrontmatter, type ContentFile } from '../content-files.ts';
import { isEntryKind } from '../ids.ts';
import { quotesInData } from '../quotes.ts';
import { readContentYaml } from '../content-yaml.ts';
import { lintFile, type LintContext, type LintFinding } from './lint.ts';
import flaggedHosts from '../../data/flagged-hosts.json' with { type: 'json' };

/** Files the lint reads: every content file except ones with the wrong extension (the content check reports those). */
export function listLintFiles(root: string): ContentFile[] {
  return listContentFiles(root).filter((f) => !f.misnamed);
}

function frontmatterData(text: string, isMdx: boolean): unknown {
  const yaml = isMdx ? splitFrontmatter(text)?.yaml : text;
  const read = yaml === undefined ? undefined : readContentYaml(yaml);
  return read?.ok ? read.data : undefined;
}

/** The IDs the lint checks references against, read from the files themselves. */
export function buildContext(root: string, files = listLintFiles(root)): LintContext {
  const ids = new Set<string>();
  const sourceIds = new Set<string>();
  for (const f of files) {
    if (!isEntryKind(f.collection)) continue;
    const data = frontmatterData(readFileSync(f.abs, 'utf8'), f.file.endsWith('.mdx')) as
      { id?: unknown } | undefined;
    if (typeof data?.id !== 'string') continue;
    ids.add(data.id);
    if (f.collection === 'sources') sourceIds.add(data.id);
  }
  const planQuotes = files
    .filter((f) => f.collection === 'plan' || f.collection === 'tiers')
    .flatMap((f) => quotesInData(frontmatterData(readFileSync(f.abs, 'utf8'), false)))
    .map((q) => q.text)
    .join('\n');
  return { ids, sourceIds, flaggedHosts, planQuotes };
}

export interface TreeResult {
  findings: LintFinding[];
  /** Files checked. */
  files: number;
  /** Files changed by --fix. */
  fixedFiles: string[];
}

/**
 * Lints content/ under `root`. `only` limits the files checked (paths relative
 * to root or absolute); IDs are still read from the whole tree. With `fix`,
 * writes the safe fixes and reports what is left afterwards.
 */
export async function lintTree(
  root: string,
  options: { fix?: boolean; only?: string[] } = {},
): Promise<TreeResult> {
  const all = listLintFiles(root);
  const ctx = buildContext(root, all);
  const wanted = options.only?.length
    ? new Set(options.only.map((p) => relative(root, resolve(root, p))))
    : undefined;
  const files = wanted ? all.filter((f) => wanted.has(f.file)) : all;
  const findings: LintFinding[] = [];
  const fixedFiles: string[] = [];
  for (const f of files) {
    const text = readFileSync(f.abs, 'utf8');
    let result = await lintFile({ file: f.file, text, collection: f.collection }, ctx, {
      fix: options.fix,
    });
    if (result.fixed !== undefined) {
      writeFileSync(f.abs, result.fixed);
      fixedFiles.push(f.file);
      result = await lintFile({ file: f.file, text: result.fixed, collection: f.collection }, ctx);
    }
    findings.push(...result.findings);
  }
  return { findings, files: files.length, fixedFiles };
}
