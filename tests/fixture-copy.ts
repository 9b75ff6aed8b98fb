// Shared by the lint and scaffolder tests: temporary copies of the valid content
// fixture, edited one file at a time.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURE = join(ROOT, 'tests/schemas/fixtures/valid');
export const PASTED = join(ROOT, 'tests/lint/fixtures/pasted-gl09.mdx');
const dirs: string[] = [];

/** A temporary copy of the valid fixture; removeCopies() deletes it. */
export function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

export const removeCopies = () =>
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** A copy of the valid fixture with one file edited (or created). */
export function broken(file: string, edit: (text: string) => string): string {
  const dir = copy();
  const path = join(dir, 'content', file);
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    /* a new file */
  }
  writeFileSync(path, edit(text));
  return dir;
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`fixture edit lost: ${needle}`);
  return i + 1;
}

export const withBody = (extra: string) => (t: string) => `${t.trimEnd()}\n\n${extra}\n`;
