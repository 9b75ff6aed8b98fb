// The editor's loop: with `npm run dev` running on a copy of the project, an edit to an
// entry and a newly added progress item reach the served pages within seconds, and a
// removed file's page goes away, without restarting the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { ROOT } from '../e2e/harness.ts';

/** How long an edit may take to reach the preview. */
const WITHIN_MS = 15_000;
let copy: string;
let dev: ChildProcess;
let origin: string;
let output = '';
/** What the server printed while starting and serving the first pages. */
let startup = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const page = async (path: string) => {
  const res = await fetch(origin + path);
  return { status: res.status, html: await res.text() };
};

/** Polls a page until `ok` holds; returns how long that took, or throws with the server's log. */
async function until(path: string, ok: (p: { status: number; html: string }) => boolean) {
  const started = Date.now();
  while (Date.now() - started < WITHIN_MS) {
    if (ok(await page(path))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} did not change within ${WITHIN_MS} ms; dev server said:\n${output}`);
}

beforeAll(async () => {
  copy = copyProject(ROOT, { prefix: 'zj-live-' });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Without what Vitest adds to the environment (NODE_ENV=test and the like), as an editor runs it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST.*|NODE_ENV|BASE_URL|MODE)$/.test(k)),
  );
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: copy,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
    },
  );
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((ready, fail) => {
    dev.stdout!.on('data', () => /ready in/.test(output) && ready());
    dev.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  // The first request compiles the pages; later ones measure only the content reload.
  expect((await page('/glossary/gl01/')).status).toBe(200);
  expect((await page('/progress/')).status).toBe(200);
  expect((await page('/measures/')).status).toBe(200);
  startup = output;
}, 240_000);

afterAll(() => {
  dev?.kill();
  if (copy) removeCopy(copy);
});

describe('npm run dev', () => {
  it('shows an edited title and body without a restart', async () => {
    const file = join(copy, 'content/terms/gl01.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      `${text.replace(/^title: (.*)$/m, 'title: $1（改）')}\n\n编辑刚加的一句话。\n`,
    );
    await until('/glossary/gl01/', ({ html }) => /<h1[^>]*>[^<]*（改）</.test(html));
    await until('/glossary/gl01/', ({ html }) => html.includes('编辑刚加的一句话。'));
  });

  it('serves a newly added progress item, lists it, and drops it when removed', async () => {
    const file = join(copy, 'content/progress/r99.mdx');
    const r01 = readFileSync(join(copy, 'content/progress/r01.mdx'), 'utf8');
    writeFileSync(
      file,
      r01.replace(/^id: R01$/m, 'id: R99').replace(/^title: .*$/m, 'title: 新加的进展条目'),
    );
    await until(
      '/progress/r99/',
      ({ status, html }) => status === 200 && html.includes('新加的进展条目'),
    );
    await until('/progress/', ({ html }) => html.includes('新加的进展条目'));
    rmSync(file);
    await until('/progress/', ({ html }) => !html.includes('新加的进展条目'));
  });

  it('explains a YAML mistake at its line and column, then shows the fixed file', async () => {
    const file = join(copy, 'content/terms/gl01.mdx');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/^summary: (.*)$/m, 'summary: 专家称: $1');
    const line = broken.split('\n').findIndex((l) => l.startsWith('summary: 专家称: ')) + 1;
    const where = `content/terms/gl01.mdx:${line}:${'summary: 专家称'.length + 1}`;
    writeFileSync(file, broken);
    const started = Date.now();
    while (!output.includes(where) && Date.now() - started < WITHIN_MS)
      await new Promise((r) => setTimeout(r, 250));
    const report = output.slice(output.indexOf(where));
    expect(report, output).toMatch(new RegExp(`^${where} {2}YAML 格式有误`));
    expect(report).toMatch(/全角“：”/);
    writeFileSync(file, broken.replace('专家称: ', '专家称：'));
    await until(
      '/glossary/gl01/',
      ({ status, html }) => status === 200 && html.includes('专家称：'),
    );
  });

  // Polling a page before its file is loaded rightly warns of a 404; starting up must not warn.
  it('starts without a warning an editor would have to judge', () => {
    expect(startup).toMatch(/ready in/);
    expect(startup).not.toMatch(/\bWARN\b|New version of Astro/);
  });
});
