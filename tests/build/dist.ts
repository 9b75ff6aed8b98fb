// Helpers for assertions on the built site in dist/.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listPages, walk } from '../../scripts/lib/dist-pages.ts';
import { readContent } from '../../src/lib/content-files.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');

if (!existsSync(join(DIST, 'index.html')))
  throw new Error(
    'dist/ is missing: run `npm run build` before the build tests (npm test does this).',
  );

/** Every file in dist/, as paths relative to dist/. */
export const distFiles = walk(DIST).map((f) => relative(DIST, f));

/** Every HTML page outside the Pagefind folder, parsed once. */
export const pages = listPages(DIST).map((p) => ({ ...p, doc: parse(p.html) }));

/** The text a reader sees in an element: no scripts, styles or templates. */
export function visibleText(el: HTMLElement): string {
  const clone = parse(el.toString());
  clone.querySelectorAll('script, style, template, noscript').forEach((n) => n.remove());
  return clone.textContent;
}

/** A page by its URL path (e.g. `/industries/e1/`). */
export function page(url: string) {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`No page at ${url} in dist/`);
  return p;
}

/** The content as the editors wrote it, read independently of the site code. */
export const content = readContent(ROOT);
export function entriesOf(collection: string) {
  return content.entries
    .filter((e) => e.collection === collection)
    .map((e) => e.data as Record<string, any>);
}
