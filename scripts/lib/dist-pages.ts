// The pages of a built site and their types, for the benches and the tests.
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** The page type of a built HTML file (path relative to dist, e.g. `industries/e1/index.html`). */
function pageType(file: string, html: string): string {
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
export const walk = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));

/** A built HTML page: its path relative to dist/, URL path, page type and HTML. */
export type DistPage = ReturnType<typeof listPages>[number];

/** Every HTML page of a built site outside pagefind/, sorted by file. */
export function listPages(dist: string) {
  return globSync('**/*.html', { cwd: dist, exclude: ['pagefind/**'] })
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
