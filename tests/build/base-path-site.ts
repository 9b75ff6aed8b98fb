// Builds the site once per test run for a sub-path (BASE_PATH=/zt/876/), into
// .build-tmp/dist-base. Both tests/build/base-path.test.ts and tests/e2e/base-path.test.ts
// read it, and Vitest may start them at the same time: a lock folder lets one build
// while the other waits, and a build newer than dist/ (which npm test builds first) is reused.
import { spawnSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { serveDir } from '../../scripts/lib/static-site.ts';

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

/**
 * The environment without what Vitest adds to it (NODE_ENV=test, BASE_URL=/, MODE, …): Astro
 * would take those over its own values, and BASE_URL=/ would undo the base path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestKeys.test(k)));
}

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
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...buildEnv(), DIST_DIR: OUT, BASE_PATH: BASE, SITE_URL: SITE },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`base-path build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return join(ROOT, OUT);
}

/**
 * Serves a built site under BASE on loopback, as a host publishing it at a sub-path would:
 * requests under the prefix go to the site (with the headers public/_headers declares), the rest 404.
 */
export async function serveUnderBase(
  dir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const site = await serveDir(dir, { headersFile: join(dir, '_headers') });
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(BASE)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not under ${BASE}`);
      return;
    }
    const inner = request(
      `${site.url}/${path.slice(BASE.length)}`,
      { headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    inner.on('error', () => res.writeHead(502).end());
    inner.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await site.close();
    },
  };
}
