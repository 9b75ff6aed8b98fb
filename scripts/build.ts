#!/usr/bin/env node
// Builds the site: checks content, builds with Astro into a temporary folder,
// indexes it with Pagefind, then swaps it into dist/ in one step. A failure at
// any stage leaves the previous dist/ untouched.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, mkdirSync, mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { aliasesInContent, buildSearchIndex } from './lib/search-index.ts';

const root = resolve(process.argv[2] ?? '.');
// DIST_DIR builds somewhere other than dist/ (tests and benchmarks use it to keep builds apart).
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
mkdirSync(resolve(root, '.build-tmp'), { recursive: true });
const tmpRoot = mkdtempSync(resolve(root, '.build-tmp/run-'));
const tmp = resolve(tmpRoot, 'site');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_OUT_DIR: tmp };

function fail(label: string, status: number | null): never {
  console.error(`\n✖ ${label} failed; dist/ was left as it was.`);
  rmSync(tmpRoot, { recursive: true, force: true });
  process.exit(status ?? 1);
}

function run(label: string, args: string[]): void {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) fail(label, r.status);
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const t0 = Date.now();
run('content check', ['scripts/validate-content.ts', root]);
run('content lint', ['scripts/lint-content.ts', '--root', root]);
run('astro build', [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root]);
try {
  const stats = await buildSearchIndex(tmp, aliasesInContent(root));
  console.log(`✓ search index (${stats.pages} pages)`);
} catch (err) {
  console.error(err);
  fail('search index', 1);
}
rmSync(dist, { recursive: true, force: true });
mkdirSync(resolve(dist, '..'), { recursive: true });
renameSync(tmp, dist);
rmSync(tmpRoot, { recursive: true, force: true });
console.log(`Built ${dist} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
