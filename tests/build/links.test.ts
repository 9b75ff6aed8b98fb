// Every internal link and #fragment on every built page resolves.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, pages } from './dist.ts';

const ids = new Map(
  pages.map((p) => [
    p.url,
    new Set(p.doc.querySelectorAll('[id]').map((e) => e.getAttribute('id')!)),
  ]),
);

function target(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  for (const f of [decoded, join(decoded, 'index.html')])
    if (existsSync(join(DIST, f)) && !f.endsWith('/')) return f;
  return undefined;
}

describe('internal links', () => {
  for (const p of pages) {
    it(`${p.url}: links and fragments resolve`, () => {
      const broken: string[] = [];
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href) || href.startsWith('//')) continue;
        if (href.startsWith('#')) {
          if (href.length > 1 && !ids.get(p.url)!.has(decodeURIComponent(href.slice(1))))
            broken.push(`${href} (no such id on this page)`);
          continue;
        }
        const url = new URL(href, `http://site${p.url}`);
        const [frag] = url.hash.slice(1).split(':~:');
        if (!target(url.pathname)) {
          broken.push(`${href} (no page)`);
          continue;
        }
        const page = url.pathname.endsWith('/') ? url.pathname : undefined;
        if (frag && page && !ids.get(page)?.has(decodeURIComponent(frag)))
          broken.push(`${href} (no #${frag})`);
      }
      expect(broken, `broken links on ${p.url}`).toEqual([]);
    });
  }
});
