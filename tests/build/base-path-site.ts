// Builds the site once per test run for a sub-path (BASE_PATH=/zt/876/), into
// .build-tmp/dist-base. Both tests/build/base-path.test.ts and tests/e2e/base-path.test.ts
// read it, and Vitest may start them at the same time: a lock folder lets one build
// while the other waits, and a build newer than dist/ (which npm test builds first) is reused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = join(import.meta.dirname, '../..');
/** The sub-path the test build is served under. */
export const BASE = '/zt/876/';
/** The origin the test build names in permalinks, the feed and the sitemap. */
export const SITE = 'https://news.example.cn';
/** The folder of the test build, relative to the project root. */
const OUT = '.build-tmp/dist-base';

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const fresh = () =>
  mtime(join(ROOT, OUT, 'index.html')) >
  mtime(join(ROOT, process.env.DIST_DIR ?? 'dist', 'index.html'));

/** Builds (or reuses) the base-path site and returns its folder. */
export async function basePathSite(): Promise<string> {
  const lock = join(ROOT, '.build-tmp/dist-base.lock');
  mkdirSync(join(ROOT, '.build-tmp'), { recursive: true });
  for (;;) {
    if (fresh()) return join(ROOT, OUT);
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes is left from a killed run.
      if (Date.now() - mtime(lock) > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: ROOT,
      env: { ...process.env, DIST_DIR: OUT, BASE_PATH: BASE, SITE_URL: SITE },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`base-path build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return join(ROOT, OUT);
}
