// Runs the content lint over a project's content/ folder (the CLI, the tests and
// the scaffolder all come through here).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionKey } from '../../schemas/shared.ts';
import { CONTENT_LAYOUT } from '../../schemas/index.ts';
import { isEntryKind } from '../ids.ts';
import { lintFile, type LintContext, type LintFinding } from './lint.ts';
import flaggedHosts from '../../data/flagged-hosts.json' with { type: 'json' };

export interface ContentFile {
  /** Relative to the project root. */
  file: string;
  abs: string;
  collection: CollectionKey;
}

/** Every content file the site loads, in collection order (files starting with _ or . are notes, not content). */
export function listContentFiles(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const layout = CONTENT_LAYOUT[collection];
    const target = join(root, 'content', layout.path);
    if (!existsSync(target)) continue;
    if (layout.kind === 'yaml-one' || layout.kind === 'yaml-list') {
      out.push({ file: relative(root, target), abs: target, collection });
      continue;
    }
    const ext = layout.kind === 'mdx' ? '.mdx' : '.yaml';
    for (const name of readdirSync(target).sort()) {
      if (name.startsWith('_') || name.startsWith('.') || extname(name) !== ext) continue;
      out.push({ file: relative(root, join(target, name)), abs: join(target, name), collection });
    }
  }
  return out;
}

function frontmatterData(text: string, isMdx: boolean): unknown {
  try {
    if (!isMdx) return parseYaml(text);
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    return m ? parseYaml(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The IDs the lint checks references against, read from the files themselves. */
export function buildContext(root: string, files = listContentFiles(root)): LintContext {
  const ids = new Set<string>();
  const sourceIds = new Set<string>();
  for (const f of files) {
    if (!isEntryKind(f.collection)) continue;
    const data = frontmatterData(readFileSync(f.abs, 'utf8'), f.file.endsWith('.mdx')) as { id?: unknown } | undefined;
    if (typeof data?.id !== 'string') continue;
    ids.add(data.id);
    if (f.collection === 'sources') sourceIds.add(data.id);
  }
  return { ids, sourceIds, flaggedHosts };
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
export async function lintTree(root: string, options: { fix?: boolean; only?: string[] } = {}): Promise<TreeResult> {
  const all = listContentFiles(root);
  const ctx = buildContext(root, all);
  const wanted = options.only?.length ? new Set(options.only.map((p) => relative(root, resolve(root, p)))) : undefined;
  const files = wanted ? all.filter((f) => wanted.has(f.file)) : all;
  const findings: LintFinding[] = [];
  const fixedFiles: string[] = [];
  for (const f of files) {
    const text = readFileSync(f.abs, 'utf8');
    let result = await lintFile({ file: f.file, text, collection: f.collection }, ctx, { fix: options.fix });
    if (result.fixed !== undefined) {
      writeFileSync(f.abs, result.fixed);
      fixedFiles.push(f.file);
      result = await lintFile({ file: f.file, text: result.fixed, collection: f.collection }, ctx);
    }
    findings.push(...result.findings);
  }
  return { findings, files: files.length, fixedFiles };
}
