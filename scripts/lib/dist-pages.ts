// The pages of a built site and their types: shared by the benches, the
// build-output tests and the browser tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KIND_NAMES, pageTypeOfSegment } from '../../src/lib/kinds.ts';

/** Page types in the order the bench prints them: entry pages are typed by their kind's name. */
export const PAGE_TYPES = [
  'home',
  ...KIND_NAMES,
  'list',
  'about',
  'data',
  'search',
  '404',
  'other',
];

/** A built HTML page: path relative to dist/, URL path, page type and the HTML. */
export interface DistPage {
  file: string;
  url: string;
  type: string;
  html: string;
}

/** The page type of a built HTML file (path relative to dist, e.g. `industries/e1/index.html`). */
export function pageType(file: string, html = ''): string {
  if (/<meta[^>]+http-equiv=["']?refresh/i.test(html)) return 'redirect';
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const parts = file.split('/');
  if (parts.at(-1) !== 'index.html') return 'other';
  const dirs = parts.slice(0, -1);
  if (dirs.length === 1) return ['search', 'data', 'about'].includes(dirs[0]) ? dirs[0] : 'list';
  if (dirs.length === 2) return pageTypeOfSegment(dirs[0]) ?? 'other';
  return 'other';
}

/** Every file under `dir`, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Every HTML page of a built site outside pagefind/, sorted by file. */
export function listPages(dist: string): DistPage[] {
  return walk(dist)
    .map((f) => relative(dist, f).split('\\').join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return {
        file,
        url: `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`,
        type: pageType(file, html),
        html,
      };
    });
}
