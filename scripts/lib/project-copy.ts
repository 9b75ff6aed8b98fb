// Temporary copies of the project, for benches and tests that change content or build
// several times without touching the working tree.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const SKIP = new Set([
  'node_modules',
  'dist',
  '.bench',
  '.build-tmp',
  '.astro',
  '.git',
  'test-results',
]);
/** Caches that live inside node_modules and must not be shared between builds. */
const PRIVATE_IN_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project at `root` (minus build output and caches) into the temp dir and links
 * the packages of `modulesFrom`'s node_modules one by one: Astro keeps its data store and
 * Vite its cache inside node_modules, and a shared one would race with other builds.
 */
export function copyProject(root: string, { prefix = 'zj-copy-', modulesFrom = root } = {}) {
  const dest = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, dest, { recursive: true, filter: (from) => !SKIP.has(relative(root, from)) });
  const modules = join(modulesFrom, 'node_modules');
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(modules))
    if (!PRIVATE_IN_NODE_MODULES.has(name))
      symlinkSync(join(modules, name), join(dest, 'node_modules', name));
  return dest;
}

/** Removes a copy made by copyProject; refuses anything outside the temp dir. */
export function removeCopy(dir: string): void {
  const abs = resolve(dir);
  if (!abs.startsWith(resolve(tmpdir())) || !basename(abs).includes('-'))
    throw new Error(`refusing to remove ${abs}`);
  rmSync(abs, { recursive: true, force: true });
}

/** Runs scripts/build.ts of the project at `root` into `distDir` (relative to root or absolute). */
export function buildProject(
  root: string,
  distDir = 'dist',
  extraEnv: Record<string, string> = {},
) {
  // Without what Vitest adds to the environment (NODE_ENV=test, BASE_URL=/, MODE, …): Astro
  // would take those over its own values, and BASE_URL=/ would undo a BASE_PATH.
  const vitestKeys = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
  const env = Object.entries(process.env).filter(([k]) => !vitestKeys.test(k));
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), root], {
    cwd: root,
    env: {
      ...Object.fromEntries(env),
      ASTRO_TELEMETRY_DISABLED: '1',
      DIST_DIR: distDir,
      ...extraEnv,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  return { ok: r.status === 0, ms, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
