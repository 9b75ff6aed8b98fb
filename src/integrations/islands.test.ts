import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIslands } from './islands.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('buildIslands', async () => {
  const built = await buildIslands(ROOT);

  it('is deterministic: two compiles give the same names and bytes (reproducible builds)', async () => {
    const again = await buildIslands(ROOT);
    expect([...again.files]).toEqual([...built.files]);
    expect(again.bootstrap).toBe(built.bootstrap);
  });

  it('names one file per island under /_astro/, which public/_headers caches as immutable', () => {
    expect(Object.keys(built.urls).sort()).toEqual(['copy', 'theme']);
    for (const url of Object.values(built.urls)) {
      expect(url).toMatch(/^\/_astro\/island-[a-z]+\.[\w-]{8}\.js$/);
      expect(built.files.has(url)).toBe(true);
    }
  });

  it('the bootstrap imports each island only through import() and loads nothing at once', () => {
    for (const url of Object.values(built.urls))
      expect(built.bootstrap).toContain(`import("${url}")`);
    expect(built.bootstrap).not.toMatch(/\bimport\s*[{*'"\w]|\brequire\(/);
    expect(built.bootstrap.startsWith('(()=>{') && built.bootstrap.endsWith('})();')).toBe(true);
  });

  it('each island exports the function the bootstrap calls', async () => {
    for (const [name, url] of Object.entries(built.urls)) {
      const mod = await import(
        `data:text/javascript;base64,${Buffer.from(built.files.get(url)!).toString('base64')}`
      );
      const called = [
        ...built.bootstrap.matchAll(
          new RegExp(
            `import\\("${url.replace(/[.]/g, '\\.')}"\\)\\.then\\(\\w+=>\\w+\\.(\\w+)\\(`,
            'g',
          ),
        ),
      ].map((m) => m[1]);
      expect(called.length, name).toBeGreaterThan(0);
      for (const fn of called) expect(typeof mod[fn], `${name}.${fn}`).toBe('function');
    }
  });
});
